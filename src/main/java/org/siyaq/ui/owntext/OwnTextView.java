package org.siyaq.ui.owntext;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.OwnTexts;
import org.siyaq.corpus.SourceDocument;
import org.siyaq.corpus.load.CorpusUploads;
import org.siyaq.corpus.load.Extraction;
import org.siyaq.corpus.load.Rejection;
import org.siyaq.corpus.load.UploadedFile;
import org.siyaq.ui.OwnTextSession;
import org.siyaq.ui.Texts;
import org.siyaq.ui.ToolView;
import org.siyaq.ui.UiLanguage;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.admin.UploadedFiles;

/**
 * A student's own text, as Voyant offers it: pasted or dropped as files (the upload formats), analysed
 * in memory on the query pool, and open in every tool for this browser session only ({@link
 * org.siyaq.corpus.SessionCorpora}): never stored, never listed or answered to anyone else.
 */
@AnonymousAllowed
@Menu(title = "nav.own-text", order = 7)
@Route("own-text")
public class OwnTextView extends ToolView {

    /** The tools an own text opens in, by route. */
    private static final List<String> TOOLS =
            List.of("concordance", "wordlist", "collocates", "keywords", "ngrams", "documents");

    private final OwnTexts ownTexts;
    private final CorpusUploads uploads;
    private final TextField name = new TextField();
    private final TextArea text = new TextArea();
    private final UploadedFiles received;
    private final Upload upload;
    private final Div status = new Div();
    private final Div mine = new Div();

    public OwnTextView(CorpusRegistry corpora, OwnTexts ownTexts, CorpusUploads uploads) {
        super("owntext", corpora);
        this.ownTexts = ownTexts;
        this.uploads = uploads;
        name.setId("owntext-name");
        name.setLabel(getTranslation("owntext.name"));
        name.setValue(getTranslation("owntext.default-name"));
        Texts.autoDirection(name);
        text.setId("owntext-text");
        text.setLabel(getTranslation("owntext.text"));
        text.setPlaceholder(getTranslation("owntext.text.placeholder"));
        text.setWidthFull();
        text.setMaxHeight("40vh");
        text.getElement().setAttribute("dir", "auto");
        received = new UploadedFiles(uploads.maxRequestSize().toBytes());
        upload = new Upload(received.handler());
        upload.setId("owntext-upload");
        upload.setI18n(UploadedFiles.texts(this::getTranslation));
        upload.setMaxFileSize(
                (int) Math.min(Integer.MAX_VALUE, uploads.maxRequestSize().toBytes()));
        upload.setAcceptedFileTypes(".txt", ".docx", ".odt", ".pdf", ".html", ".htm", ".csv", ".tsv", ".zip");
        addDetachListener(e -> received.clear());
        Button run = new Button(getTranslation("owntext.run"), e -> analyse());
        run.setId("owntext-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("owntext-status");
        status.addClassName("upload-status");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        mine.setId("owntext-mine");
        Span privacy = new Span(getTranslation("owntext.privacy"));
        privacy.addClassName("option-help");
        addStatusArea();
        add(status, name, text, upload, privacy, run, mine);
    }

    @Override
    protected boolean choosesDocuments() {
        return false;
    }

    @Override
    protected void show(UrlState state) {
        showMine();
    }

    private void analyse() {
        String owner = OwnTextSession.owner();
        String title = name.getValue().isBlank()
                ? getTranslation("owntext.default-name")
                : name.getValue().strip();
        String pasted = text.getValue();
        List<UploadedFile> files = received.read();
        boolean over = received.overLimit();
        received.clear();
        upload.clearFileList();
        if (over) {
            showProblem(getTranslation(
                    "harden.upload.browser-too-large", uploads.maxRequestSize().toMegabytes()));
            return;
        }
        compute(
                () -> {
                    List<SourceDocument> documents = new ArrayList<>();
                    if (!pasted.isBlank()) {
                        documents.add(new SourceDocument("text.txt", pasted, title, null, null, null, null, null));
                    }
                    List<Rejection> rejected = List.of();
                    if (!files.isEmpty()) {
                        Extraction extraction = uploads.read(files);
                        documents.addAll(extraction.documents());
                        rejected = extraction.rejected();
                    }
                    return new Analysed(ownTexts.add(owner, title, documents), rejected);
                },
                this::showAnalysed,
                e -> showProblem(message(e)));
    }

    private record Analysed(LoadedCorpus corpus, List<Rejection> rejected) {}

    private void showAnalysed(Analysed a) {
        text.clear();
        status.removeAll();
        status.setVisible(true);
        Span done = new Span(getTranslation(
                "owntext.ready",
                Texts.isolate(a.corpus().info().name()),
                a.corpus().info().documents(),
                a.corpus().info().tokens()));
        done.setId("owntext-ready");
        status.add(done);
        boolean arabic = UiLanguage.isArabic(getLocale());
        for (Rejection r : a.rejected()) {
            Div skipped = new Div(Texts.user(r.file()), new Span(": "), Texts.user(r.reason(arabic)));
            skipped.addClassName("option-help");
            status.add(skipped);
        }
        status.add(links(a.corpus(), true));
        showMine();
    }

    /** The session's texts, each with its links into the tools. */
    private void showMine() {
        mine.removeAll();
        List<LoadedCorpus> texts = OwnTextSession.mine();
        if (!texts.isEmpty()) {
            mine.add(new Div(getTranslation("owntext.mine")));
        }
        for (LoadedCorpus corpus : texts) {
            Div row = new Div(Texts.user(corpus.info().name()), new Span(" · "), links(corpus, false));
            row.addClassName("owntext-row");
            mine.add(row);
        }
    }

    /** Links into every tool on {@code corpus}; keywords against the bundled corpus (an own text has no "rest"). */
    private Div links(LoadedCorpus corpus, boolean withIds) {
        Div links = new Div();
        links.addClassName("owntext-links");
        String lang = state().text(UiLanguage.PARAM);
        for (String tool : TOOLS) {
            Anchor link = new Anchor(
                    tool + "?"
                            + UrlState.empty()
                                    .with(UrlState.CORPUS, corpus.id())
                                    .with("reference", tool.equals("keywords") ? CorpusRegistry.BUNDLED_ID : null)
                                    .with(UiLanguage.PARAM, lang)
                                    .queryString(),
                    getTranslation("owntext.open." + tool));
            if (withIds) {
                link.setId("owntext-open-" + tool);
            }
            link.addClassName("owntext-link");
            links.add(link, new Span(" "));
        }
        return links;
    }
}
