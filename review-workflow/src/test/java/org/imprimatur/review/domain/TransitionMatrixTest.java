package org.imprimatur.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.DigitalSourceType;
import org.imprimatur.spi.content.ItemState;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.policy.ReviewAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole transition matrix of the workflow's own rules: every state × action × role × who the actor is to the
 * item. The expected outcome is written out below, not worked out by the code under test: the state the item
 * moves to, or the reason it is refused.
 *
 * <p>Each item is at revision 2 and needs two approvals; in review it already has one. Who the actor is:
 * <ul>
 *   <li><b>someone else</b> holds only the role of the row;</li>
 *   <li><b>requester</b> requested the item (so is also an editor); someone else wrote revision 2;</li>
 *   <li><b>author</b> wrote revision 2 (so is also an editor); someone else requested the item;</li>
 *   <li><b>approver</b> gave the revision its first approval (so is also a reviewer).</li>
 * </ul>
 * Whether an approver may also release is a policy rule, not the workflow's; so is everything else a policy adds.
 */
class TransitionMatrixTest {

    private static final String MATRIX = """
            # state            action           role        someone else       requester          author             approver          
            IN_REVIEW          approve          editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       FOUR_EYES
            IN_REVIEW          approve          reviewer    APPROVED           FOUR_EYES          FOUR_EYES          FOUR_EYES
            IN_REVIEW          approve          publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       FOUR_EYES
            IN_REVIEW          approve          compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       FOUR_EYES
            IN_REVIEW          approve          admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       FOUR_EYES
            IN_REVIEW          request_changes  editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       CHANGES_REQUESTED
            IN_REVIEW          request_changes  reviewer    CHANGES_REQUESTED  CHANGES_REQUESTED  CHANGES_REQUESTED  CHANGES_REQUESTED
            IN_REVIEW          request_changes  publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       CHANGES_REQUESTED
            IN_REVIEW          request_changes  compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       CHANGES_REQUESTED
            IN_REVIEW          request_changes  admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       CHANGES_REQUESTED
            IN_REVIEW          reject           editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       REJECTED
            IN_REVIEW          reject           reviewer    REJECTED           REJECTED           REJECTED           REJECTED
            IN_REVIEW          reject           publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       REJECTED
            IN_REVIEW          reject           compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       REJECTED
            IN_REVIEW          reject           admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       REJECTED
            IN_REVIEW          release          editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            IN_REVIEW          release          reviewer    MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            IN_REVIEW          release          publisher   ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            IN_REVIEW          release          compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            IN_REVIEW          release          admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            IN_REVIEW          withdraw         editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            IN_REVIEW          withdraw         reviewer    MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            IN_REVIEW          withdraw         publisher   ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            IN_REVIEW          withdraw         compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            IN_REVIEW          withdraw         admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            CHANGES_REQUESTED  approve          editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            CHANGES_REQUESTED  approve          reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            CHANGES_REQUESTED  approve          publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            CHANGES_REQUESTED  approve          compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            CHANGES_REQUESTED  approve          admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            CHANGES_REQUESTED  request_changes  editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            CHANGES_REQUESTED  request_changes  reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            CHANGES_REQUESTED  request_changes  publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            CHANGES_REQUESTED  request_changes  compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            CHANGES_REQUESTED  request_changes  admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            CHANGES_REQUESTED  reject           editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       REJECTED
            CHANGES_REQUESTED  reject           reviewer    REJECTED           REJECTED           REJECTED           REJECTED
            CHANGES_REQUESTED  reject           publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       REJECTED
            CHANGES_REQUESTED  reject           compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       REJECTED
            CHANGES_REQUESTED  reject           admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       REJECTED
            CHANGES_REQUESTED  release          editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            CHANGES_REQUESTED  release          reviewer    MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            CHANGES_REQUESTED  release          publisher   ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            CHANGES_REQUESTED  release          compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            CHANGES_REQUESTED  release          admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            CHANGES_REQUESTED  withdraw         editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            CHANGES_REQUESTED  withdraw         reviewer    MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            CHANGES_REQUESTED  withdraw         publisher   ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            CHANGES_REQUESTED  withdraw         compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            CHANGES_REQUESTED  withdraw         admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            APPROVED           approve          editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            APPROVED           approve          reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            APPROVED           approve          publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            APPROVED           approve          compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            APPROVED           approve          admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            APPROVED           request_changes  editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            APPROVED           request_changes  reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            APPROVED           request_changes  publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            APPROVED           request_changes  compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            APPROVED           request_changes  admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            APPROVED           reject           editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            APPROVED           reject           reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            APPROVED           reject           publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            APPROVED           reject           compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            APPROVED           reject           admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            APPROVED           release          editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            APPROVED           release          reviewer    MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            APPROVED           release          publisher   RELEASED           FOUR_EYES          FOUR_EYES          RELEASED
            APPROVED           release          compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            APPROVED           release          admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            APPROVED           withdraw         editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            APPROVED           withdraw         reviewer    MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            APPROVED           withdraw         publisher   ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            APPROVED           withdraw         compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            APPROVED           withdraw         admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            REJECTED           approve          editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            REJECTED           approve          reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            REJECTED           approve          publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            REJECTED           approve          compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            REJECTED           approve          admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            REJECTED           request_changes  editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            REJECTED           request_changes  reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            REJECTED           request_changes  publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            REJECTED           request_changes  compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            REJECTED           request_changes  admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            REJECTED           reject           editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            REJECTED           reject           reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            REJECTED           reject           publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            REJECTED           reject           compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            REJECTED           reject           admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            REJECTED           release          editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            REJECTED           release          reviewer    MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            REJECTED           release          publisher   ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            REJECTED           release          compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            REJECTED           release          admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            REJECTED           withdraw         editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            REJECTED           withdraw         reviewer    MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            REJECTED           withdraw         publisher   ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            REJECTED           withdraw         compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            REJECTED           withdraw         admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            RELEASED           approve          editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            RELEASED           approve          reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            RELEASED           approve          publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            RELEASED           approve          compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            RELEASED           approve          admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            RELEASED           request_changes  editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            RELEASED           request_changes  reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            RELEASED           request_changes  publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            RELEASED           request_changes  compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            RELEASED           request_changes  admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            RELEASED           reject           editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            RELEASED           reject           reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            RELEASED           reject           publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            RELEASED           reject           compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            RELEASED           reject           admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            RELEASED           release          editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            RELEASED           release          reviewer    MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            RELEASED           release          publisher   ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            RELEASED           release          compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            RELEASED           release          admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            RELEASED           withdraw         editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            RELEASED           withdraw         reviewer    MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            RELEASED           withdraw         publisher   WITHDRAWN          WITHDRAWN          WITHDRAWN          WITHDRAWN
            RELEASED           withdraw         compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            RELEASED           withdraw         admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            WITHDRAWN          approve          editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            WITHDRAWN          approve          reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            WITHDRAWN          approve          publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            WITHDRAWN          approve          compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            WITHDRAWN          approve          admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            WITHDRAWN          request_changes  editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            WITHDRAWN          request_changes  reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            WITHDRAWN          request_changes  publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            WITHDRAWN          request_changes  compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            WITHDRAWN          request_changes  admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            WITHDRAWN          reject           editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            WITHDRAWN          reject           reviewer    ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            WITHDRAWN          reject           publisher   MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            WITHDRAWN          reject           compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            WITHDRAWN          reject           admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       ILLEGAL_STATE
            WITHDRAWN          release          editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            WITHDRAWN          release          reviewer    MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            WITHDRAWN          release          publisher   ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            WITHDRAWN          release          compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            WITHDRAWN          release          admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            WITHDRAWN          withdraw         editor      MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            WITHDRAWN          withdraw         reviewer    MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            WITHDRAWN          withdraw         publisher   ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE      ILLEGAL_STATE
            WITHDRAWN          withdraw         compliance  MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            WITHDRAWN          withdraw         admin       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE       MISSING_ROLE
            """;

    private static final List<String> RELATIONS = List.of("someone else", "requester", "author", "approver");
    private static final int APPROVALS_REQUIRED = 2;
    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    private static final ModelCard MODEL_CARD = new ModelCard("grounded", "extractive", "1", Map.of(),
            Sha256.ofUtf8("prompt"), List.of("source-1"));

    private static final Actor EDITOR = new Actor("erin", Set.of(Role.EDITOR));
    private static final Actor OTHER_EDITOR = new Actor("ed", Set.of(Role.EDITOR));
    private static final Actor FIRST_REVIEWER = new Actor("rita", Set.of(Role.REVIEWER));
    private static final Actor SECOND_REVIEWER = new Actor("rhea", Set.of(Role.REVIEWER));
    private static final Actor PUBLISHER = new Actor("paul", Set.of(Role.PUBLISHER));

    static Stream<Arguments> matrix() {
        return MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .flatMap(line -> {
                    String[] cells = line.split("\\s+");
                    return RELATIONS.stream().map(relation -> Arguments.of(ItemState.valueOf(cells[0]),
                            ReviewAction.fromWireName(cells[1]).orElseThrow(), cells[2], relation,
                            cells[3 + RELATIONS.indexOf(relation)]));
                });
    }

    @ParameterizedTest(name = "{0} {1} by a {2} who is {3}: {4}")
    @MethodSource("matrix")
    void everyTransitionEndsAsTheMatrixSays(ItemState state, ReviewAction action, String role, String relation,
                                            String expected) {
        Actor actor = actor(role, relation);
        ContentItem item = itemIn(state, actor, relation);
        Instant now = START.plusSeconds(3600);

        if (isState(expected)) {
            assertEquals(ItemState.valueOf(expected),
                    item.apply(action, actor, "a reason", null, APPROVALS_REQUIRED, now));
        } else {
            ItemState before = item.state();
            TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class,
                    () -> item.apply(action, actor, "a reason", null, APPROVALS_REQUIRED, now));
            assertEquals(TransitionRefusedException.Reason.valueOf(expected), refusal.reason(), refusal.getMessage());
            assertEquals(before, item.state(), "a refusal changes nothing");
        }
    }

    @Test
    void theMatrixCoversEveryStateActionAndRole() {
        assertEquals(ItemState.values().length * ReviewAction.values().length * Role.ALL.size()
                * RELATIONS.size(), matrix().count());
    }

    private static boolean isState(String outcome) {
        return Stream.of(ItemState.values()).anyMatch(state -> state.name().equals(outcome));
    }

    private static Actor actor(String role, String relation) {
        Set<String> roles = new HashSet<>(Set.of(role));
        switch (relation) {
            case "requester", "author" -> roles.add(Role.EDITOR);
            case "approver" -> roles.add(Role.REVIEWER);
            default -> {
                // holds only the role of the row
            }
        }
        return new Actor("actor", roles);
    }

    /** An item at revision 2 with one of two approvals, moved on to {@code state} by others. */
    private static ContentItem itemIn(ItemState state, Actor actor, String relation) {
        ContentItem item = ContentItem.submit(ContentKind.ARTICLE, "local", "Budget passes", "The budget passed.",
                MODEL_CARD, List.of(), false, relation.equals("requester") ? actor : EDITOR, START);
        item.revise("Budget passes", "The council passed the budget.",
                relation.equals("author") ? actor : OTHER_EDITOR, 1, START.plusSeconds(60));
        step(item, ReviewAction.APPROVE, relation.equals("approver") ? actor : FIRST_REVIEWER, 120);
        // Labelled, so that the release rows are about roles, states and four eyes; ContentItemTest covers the label.
        item.label("Written with AI and checked by our editors.",
                DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA, PUBLISHER, START.plusSeconds(150));
        switch (state) {
            case IN_REVIEW -> {
                // one approval of two
            }
            case CHANGES_REQUESTED -> step(item, ReviewAction.REQUEST_CHANGES, SECOND_REVIEWER, 180);
            case REJECTED -> step(item, ReviewAction.REJECT, SECOND_REVIEWER, 180);
            case APPROVED -> step(item, ReviewAction.APPROVE, SECOND_REVIEWER, 180);
            case RELEASED -> {
                step(item, ReviewAction.APPROVE, SECOND_REVIEWER, 180);
                step(item, ReviewAction.RELEASE, PUBLISHER, 240);
            }
            case WITHDRAWN -> {
                step(item, ReviewAction.APPROVE, SECOND_REVIEWER, 180);
                step(item, ReviewAction.RELEASE, PUBLISHER, 240);
                step(item, ReviewAction.WITHDRAW, PUBLISHER, 300);
            }
        }
        assertEquals(state, item.state());
        return item;
    }

    private static void step(ContentItem item, ReviewAction action, Actor actor, long seconds) {
        item.apply(action, actor, "a reason", null, APPROVALS_REQUIRED, START.plusSeconds(seconds));
    }
}
