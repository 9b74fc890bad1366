package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.ArabicAnalysis;

/** Students' own texts: indexed in memory within the token limit, and kept apart by session. */
class OwnTextsTest {

    private static final ArabicAnalysis ANALYSIS = new ArabicAnalysis();

    private static SourceDocument text(String text) {
        return new SourceDocument("text.txt", text, "Mine", null, null, null, null, null);
    }

    @Test
    void an_own_text_is_indexed_in_memory_with_its_documents_and_tokens() {
        // 4 tokens and 2 tokens
        LoadedCorpus corpus = OwnTexts.build(
                ANALYSIS, "own-1", "Mine", List.of(text("ذهب الولد إلى المدرسة"), text("the school")), 10);
        assertThat(corpus.info().documents()).isEqualTo(2);
        assertThat(corpus.info().tokens()).isEqualTo(6);
        assertThat(corpus.text(1).text()).isEqualTo("the school");
        assertThat(corpus.info().visibility()).isEqualTo(Visibility.DRAFT);
    }

    @Test
    void a_text_over_the_token_limit_is_refused_with_its_count() {
        // 6 tokens against a limit of 5
        assertThatThrownBy(() -> OwnTexts.build(ANALYSIS, "own-2", "Mine", List.of(text("a b c d e f")), 5))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("6 tokens")
                .hasMessageContaining("at most 5");
        assertThatThrownBy(() -> OwnTexts.build(ANALYSIS, "own-3", "Mine", List.of(text("  ")), 5))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no text");
        // 201 characters is more than 40 a token for a limit of 5: refused before the analysis
        assertThatThrownBy(() -> OwnTexts.build(ANALYSIS, "own-4", "Mine", List.of(text("x".repeat(201))), 5))
                .hasMessageContaining("201 characters");
    }

    @Test
    void a_session_sees_only_its_own_texts_and_they_go_with_the_session() {
        SessionCorpora sessions = new SessionCorpora();
        String alice = SessionCorpora.newOwner();
        String bob = SessionCorpora.newOwner();
        LoadedCorpus mine = OwnTexts.build(ANALYSIS, SessionCorpora.newId(), "Alice's", List.of(text("a b")), 10);
        sessions.add(alice, mine);

        assertThat(SessionCorpora.isPrivate(mine.id())).isTrue();
        assertThat(mine.id()).hasSize("own-".length() + 32);
        assertThat(sessions.isOwnedBy(mine.id(), alice)).isTrue();
        assertThat(sessions.isOwnedBy(mine.id(), bob)).isFalse();
        assertThat(sessions.isOwnedBy(mine.id(), null)).isFalse();
        assertThat(sessions.ownedBy(bob)).isEmpty();
        assertThat(sessions.find(mine.id())).containsSame(mine);

        sessions.endSession(alice);
        assertThat(sessions.find(mine.id())).isEmpty();
        assertThat(sessions.size()).isZero();
    }

    @Test
    void a_further_text_replaces_the_sessions_oldest_beyond_the_limit() {
        SessionCorpora sessions = new SessionCorpora();
        String owner = SessionCorpora.newOwner();
        LoadedCorpus[] texts = new LoadedCorpus[SessionCorpora.PER_SESSION + 1];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = OwnTexts.build(ANALYSIS, SessionCorpora.newId(), "t" + i, List.of(text("a b")), 10);
            sessions.add(owner, texts[i]);
        }
        // with PER_SESSION = 2, the third text pushes out the first
        assertThat(sessions.ownedBy(owner)).containsExactly(texts[1], texts[2]);
        assertThat(sessions.find(texts[0].id())).isEmpty();
    }
}
