package org.imprimatur.nlp;

import java.util.List;

/** Sentences on distinct topics, of various lengths, as a newsroom's sources might hold them. */
final class NewsSentences {

    static final List<String> DISTINCT = List.of(
            "The city council voted on Tuesday to raise property taxes by two percent.",
            "Firefighters contained the blaze at the paper mill before dawn.",
            "The central bank left interest rates unchanged.",
            "A new bridge over the river will open to traffic in March.",
            "Hospital waiting times have doubled since last winter, a report found.",
            "The striker scored twice in the second half.",
            "Heavy snow closed the mountain pass for three days.",
            "Researchers found microplastics in the lake's drinking water.",
            "The museum returned the bronze sculptures to Nigeria.",
            "Teachers walked out over pay and class sizes.",
            "A magnitude 5.8 earthquake shook the coast overnight.",
            "The airline cancelled two hundred flights because of the pilots' strike.",
            "Voters rejected the referendum on the new stadium.",
            "The orchestra's new conductor comes from Helsinki.",
            "Wheat prices rose after a poor harvest in the east.",
            "Police arrested three men suspected of stealing copper cable from the railway.",
            "The mayor resigned after an audit of the housing fund.",
            "A rare white stork was spotted nesting on the church tower.",
            "The factory will cut four hundred jobs next year.",
            "Parliament passed the data protection bill by a narrow margin.",
            "Tourists returned to the old town after the flood waters receded.",
            "The court sentenced the former minister to four years for bribery.",
            "Scientists launched a weather satellite from French Guiana.",
            "The bakery on Main Street has sold bread for a hundred years.",
            "Cyclists demanded safer lanes after a fatal crash at the junction.",
            "The university will charge foreign students higher fees.",
            "A heatwave pushed temperatures above forty degrees in the south.",
            "The film festival opened with a documentary about refugees.",
            "Rail fares will rise by six percent in January.",
            "Farmers blocked the motorway with tractors to protest against fuel taxes.",
            "The zoo celebrated the birth of twin panda cubs.",
            "Hackers stole the personal data of two million customers.",
            "The chess champion defended her title in Oslo.",
            "Fishermen say the cod stocks have not recovered.",
            "The new library has a rooftop garden and a recording studio for teenagers.",
            "Astronomers photographed a comet passing close to Mars.");

    private NewsSentences() {
    }
}
