package org.siyaq.corpus;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.siyaq.analysis.Level;
import org.siyaq.index.CorpusIndex;

/**
 * The sub-corpora built recently, least recently used dropped first, bounded by an estimate of the bytes
 * their indexes hold. A sub-corpus is kept for one opening of its corpus: once the corpus is reopened,
 * renamed or deleted, the next request builds it again from the corpus as it is now. Two requests for a
 * sub-corpus not yet built may both build it; the second result replaces the first.
 */
final class SubCorpusCache {

    private record Entry(LoadedCorpus sub, long bytes) {}

    private final long maxBytes;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    SubCorpusCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The documents of {@code whole} that {@code filter} accepts, built now or taken from the cache. */
    LoadedCorpus get(LoadedCorpus whole, DocumentFilter filter) {
        String key = whole.id() + "\u0000" + filter.key();
        synchronized (this) {
            Entry cached = entries.get(key);
            if (cached != null && cached.sub().whole() == whole) {
                return cached.sub();
            }
        }
        LoadedCorpus sub = whole.restrictedTo(filter);
        long weight = bytes(sub.index());
        synchronized (this) {
            Entry old = entries.remove(key);
            if (old != null) {
                bytes -= old.bytes();
            }
            if (weight <= maxBytes) {
                entries.put(key, new Entry(sub, weight));
                bytes += weight;
                Iterator<Entry> eldest = entries.values().iterator();
                while (bytes > maxBytes && eldest.hasNext()) {
                    bytes -= eldest.next().bytes();
                    eldest.remove();
                }
            }
        }
        return sub;
    }

    /** Forgets every sub-corpus of corpus {@code id} (it was deleted). */
    synchronized void forget(String id) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Entry> e = it.next();
            if (e.getKey().startsWith(id + "\u0000")) {
                bytes -= e.getValue().bytes();
                it.remove();
            }
        }
    }

    synchronized int size() {
        return entries.size();
    }

    /** Tokens and postings (4 bytes each per token), posting starts per form and frequencies per type and level. */
    private static long bytes(CorpusIndex index) {
        long perType = 0;
        for (Level level : Level.values()) {
            perType += index.lexicon().typeCount(level);
        }
        return 256L + 8L * index.size() + 4L * index.lexicon().formCount() + 4L * perType + 4L * index.docCount();
    }
}
