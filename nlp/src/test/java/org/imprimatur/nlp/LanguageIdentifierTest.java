package org.imprimatur.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = LanguageIdentifier.shared();

    @Test
    void identifiesEnglish() {
        assertEquals("en", identifier.identify("The city council voted on Tuesday to raise property taxes by two "
                + "percent. The treasurer said the money would pay for new schools and repair the harbour wall."));
    }

    @Test
    void identifiesGerman() {
        assertEquals("de", identifier.identify("Der Stadtrat hat am Dienstag beschlossen, die Grundsteuer um zwei "
                + "Prozent zu erhöhen. Das Geld soll in neue Schulen und die Reparatur der Hafenmauer fließen."));
    }

    @Test
    void identifiesFrench() {
        assertEquals("fr", identifier.identify("Le conseil municipal a voté mardi une hausse de deux pour cent de la "
                + "taxe foncière. Selon le trésorier, l'argent servira à construire des écoles et à réparer le port."));
    }

    @Test
    void identifiesSpanish() {
        assertEquals("es", identifier.identify("El ayuntamiento votó el martes subir el impuesto sobre bienes "
                + "inmuebles un dos por ciento. Según el tesorero, el dinero servirá para construir escuelas nuevas."));
    }

    @Test
    void answersTwoLetterCodesForLanguagesTheModelNamesOtherwise() {
        assertEquals("zh", identifier.identify("北京市政府周二宣布将在明年开放一座新的图书馆和一座博物馆，供市民免费参观。"));
        assertEquals("ru", identifier.identify("Центральный банк оставил процентные ставки без изменений. "
                + "Инфляция в прошлом месяце снизилась впервые за год."));
    }

    @Test
    void cannotTellFromTooFewLetters() {
        for (String text : List.of("", "   ", "Guten Tag", "Merci beaucoup", "12345 67890 3.14 !!! ???",
                "Taxes rose by 4 %")) {
            assertEquals(LanguageIdentifier.UNDETERMINED, identifier.identify(text), text);
        }
    }

    @Test
    void cannotTellFromLettersOfNoLanguage() {
        assertEquals(LanguageIdentifier.UNDETERMINED, identifier.identify("qwertz uiop asdfg hjkl yxcvb"));
    }

    @Test
    void givesTheSameAnswerFromSeveralThreadsAtOnce() throws Exception {
        String text = String.join(" ", NewsSentences.DISTINCT.subList(0, 4));

        for (String language : Concurrently.run(4, 25, () -> LanguageIdentifier.shared().identify(text))) {
            assertEquals("en", language);
        }
    }
}
