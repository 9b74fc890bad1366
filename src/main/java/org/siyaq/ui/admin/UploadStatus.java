package org.siyaq.ui.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.IndexingFailure;
import org.siyaq.corpus.IngestProgress;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.ui.Texts;

/**
 * The lasting status of the last corpus created on this page, at the top where the instructor looks
 * after pressing "Create" (the indexing panel is further down): indexing with its progress, ready with
 * a link into the tools, or failed with the reason. It stays, in the browser session, until the next
 * corpus is created.
 */
final class UploadStatus extends Div {

    /** The last corpus created in this browser session, so the status outlasts a reload or the other language. */
    private record Started(String corpusId, int documents, int skipped) implements java.io.Serializable {}

    private String corpusId;
    private int skipped;

    UploadStatus() {
        setId("upload-status");
        addClassName("upload-status");
        getElement().setAttribute("role", "status");
        setVisible(false);
        Started last = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getAttribute(Started.class);
        if (last != null) {
            started(last.corpusId(), last.documents(), last.skipped());
        }
    }

    /** A corpus was handed to the background indexing. */
    void started(String id, int documentCount, int skippedFiles) {
        corpusId = id;
        skipped = skippedFiles;
        setVisible(true);
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().setAttribute(Started.class, new Started(id, documentCount, skippedFiles));
        }
    }

    /** Shows where the corpus is now (called on each poll of the admin page). */
    void refresh(CorpusRegistry corpora) {
        if (corpusId == null) {
            return;
        }
        removeAll();
        Optional<IngestProgress> progress = corpora.progress(corpusId);
        Optional<IndexingFailure> failure = corpora.failure(corpusId);
        Optional<LoadedCorpus> ready = corpora.find(corpusId);
        String name = Texts.isolate(corpusId);
        Span text = new Span();
        text.setId("upload-status-text");
        if (progress.isPresent()) {
            IngestProgress p = progress.get();
            text.setText(getTranslation("upload.status.indexing", name, p.documentsDone(), p.documentsTotal()));
            setClassName("upload-status-failed", false);
        } else if (failure.isPresent()) {
            text.setText(
                    getTranslation("upload.status.failed", name, failure.get().message(getLocale())));
            setClassName("upload-status-failed", true);
        } else if (ready.isPresent()) {
            text.setText(getTranslation(
                    "upload.status.ready",
                    Texts.isolate(ready.get().info().name()),
                    ready.get().info().documents(),
                    ready.get().info().tokens()));
            setClassName("upload-status-failed", false);
        } else {
            // deleted since: nothing to say about it any more
            setVisible(false);
            return;
        }
        add(text);
        if (skipped > 0) {
            add(new Span(" " + getTranslation("upload.status.skipped", skipped)));
        }
        if (progress.isEmpty() && failure.isEmpty() && ready.isPresent()) {
            Anchor open = new Anchor("concordance?corpus=" + corpusId, getTranslation("upload.status.open"));
            open.setId("upload-status-open");
            add(new Span(" "), open);
        }
    }
}
