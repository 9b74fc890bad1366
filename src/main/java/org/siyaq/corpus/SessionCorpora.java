package org.siyaq.corpus;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A student's own texts, each a corpus in memory for one browser session only (issue 12, item 20): never
 * stored, never listed to anyone, answered only to the session that made it. Each has a private id,
 * {@code own-} and 128 random bits, and an owner, a random token kept in the owner's HTTP session
 * ({@link #OWNER_ATTRIBUTE}). {@link CorpusRegistry} finds them by id like any corpus; whoever reads an id
 * from a request (the pages, the API) must check {@link #isOwnedBy} first, as they check a draft.
 */
@Component
public class SessionCorpora {

    /** The HTTP session attribute holding the session's owner token. */
    public static final String OWNER_ATTRIBUTE = "siyaq.own-texts.owner";

    /** The largest own text, in tokens (the 1M). */
    public static final int MAX_TOKENS = 1_000_000;

    /** Own texts one session keeps at a time; a further one replaces the oldest. */
    public static final int PER_SESSION = 2;

    private static final String PREFIX = "own-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Owned(String owner, LoadedCorpus corpus, long added) {}

    private final Map<String, Owned> byId = new ConcurrentHashMap<>();

    /** A new private id. */
    public static String newId() {
        return PREFIX + token();
    }

    /** A new owner token for a session. */
    public static String newOwner() {
        return token();
    }

    private static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether {@code id} is the form of a private id (owned by some session, or by none any more). */
    public static boolean isPrivate(String id) {
        return id != null && id.startsWith(PREFIX);
    }

    /** Keeps {@code corpus} for {@code owner}, dropping the owner's oldest text beyond {@link #PER_SESSION}. */
    public synchronized void add(String owner, LoadedCorpus corpus) {
        List<String> mine = byId.entrySet().stream()
                .filter(e -> e.getValue().owner().equals(owner))
                .sorted((a, b) ->
                        Long.compare(a.getValue().added(), b.getValue().added()))
                .map(Map.Entry::getKey)
                .toList();
        for (int i = 0; i <= mine.size() - PER_SESSION; i++) {
            byId.remove(mine.get(i));
        }
        byId.put(corpus.id(), new Owned(owner, corpus, System.nanoTime()));
    }

    /** The corpus with this private id, whoever owns it (the registry's lookup; owners are checked at the edges). */
    Optional<LoadedCorpus> find(String id) {
        Owned owned = id == null ? null : byId.get(id);
        return Optional.ofNullable(owned == null ? null : owned.corpus());
    }

    /** Whether {@code owner} (a session's token, or null for a request without one) owns {@code id}. */
    public boolean isOwnedBy(String id, String owner) {
        Owned owned = id == null ? null : byId.get(id);
        return owned != null && owner != null && owned.owner().equals(owner);
    }

    /** The owner's texts, oldest first. */
    public List<LoadedCorpus> ownedBy(String owner) {
        return byId.values().stream()
                .filter(o -> o.owner().equals(owner))
                .sorted((a, b) -> Long.compare(a.added(), b.added()))
                .map(Owned::corpus)
                .toList();
    }

    /** Forgets every text of {@code owner} (its session ended). */
    public void endSession(String owner) {
        if (owner != null) {
            byId.values().removeIf(o -> o.owner().equals(owner));
        }
    }

    /** How many own texts are held now, over all sessions. */
    public int size() {
        return byId.size();
    }
}
