package org.siyaq.ui.admin;

import org.siyaq.corpus.CorpusInfo;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.IngestProgress;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.Visibility;
import org.siyaq.corpus.load.CorpusArchive;
import org.siyaq.corpus.load.CorpusUploads;
import org.siyaq.security.Roles;
import org.siyaq.ui.Texts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * The instructor's corpus page: upload a new corpus and watch it index, then share it with the class or
 * keep it a draft, re-describe it, download its texts, or delete it after a confirmation.
 */
@Route(value = "admin/corpora", autoLayout = false)
@PageTitle("Corpora · Siyaq")
@RolesAllowed(Roles.INSTRUCTOR)
public class CorporaAdminView extends VerticalLayout {

    private static final int POLL_MILLIS = 1000;

    private final CorpusRegistry corpora;
    private final Grid<LoadedCorpus> grid = new Grid<>();
    private final Div progress = new Div();

    public CorporaAdminView(CorpusRegistry corpora, CorpusUploads uploads, AuthenticationContext auth) {
        this.corpora = corpora;
        Button logout = new Button("Sign out " + auth.getPrincipalName().orElse(""), e -> auth.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new H1("Corpora"), new Anchor("/", "Open the tools"), logout);
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        progress.setId("indexing-progress");
        progress.setWidthFull();

        grid.setId("corpus-admin-grid");
        grid.addComponentColumn(c -> Texts.user(c.info().name())).setHeader("Name").setFlexGrow(2);
        grid.addColumn(LoadedCorpus::id).setHeader("Id").setAutoWidth(true);
        grid.addColumn(c -> Texts.integer(c.info().documents())).setHeader("Documents").setAutoWidth(true);
        grid.addColumn(c -> Texts.integer(c.info().tokens())).setHeader("Tokens").setAutoWidth(true);
        grid.addComponentColumn(this::sharedBox).setHeader("Shared with the class").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(header, new CorpusUploadForm(uploads, id -> refresh()), new H2("Indexing"), progress, new H2("All corpora"), grid);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    private void refresh() {
        progress.removeAll();
        for (IngestProgress p : corpora.inProgress()) {
            ProgressBar bar = new ProgressBar(0, Math.max(1, p.documentsTotal()), p.documentsDone());
            long left = p.millisLeft();
            Span label = new Span(p.corpusId() + ": " + p.documentsDone() + " of " + p.documentsTotal() + " documents, "
                    + Texts.integer(p.tokensDone()) + " tokens" + (left < 0 ? "" : ", about " + (left / 1000 + 1) + " s left"));
            progress.add(new VerticalLayout(label, bar));
        }
        if (corpora.inProgress().isEmpty()) {
            progress.add(new Span("Nothing is being indexed."));
        }
        grid.setItems(corpora.all());
    }

    private Checkbox sharedBox(LoadedCorpus corpus) {
        Checkbox box = new Checkbox(corpus.info().visibility() == Visibility.CLASS);
        box.setAriaLabel("Shared with the class: " + corpus.info().name());
        box.setEnabled(!CorpusRegistry.BUNDLED_ID.equals(corpus.id()));
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                corpora.updateVisibility(corpus.id(), e.getValue() ? Visibility.CLASS : Visibility.DRAFT);
                refresh();
            }
        });
        return box;
    }

    private HorizontalLayout actions(LoadedCorpus corpus) {
        Button edit = new Button("Describe", e -> describe(corpus.info()));
        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName(corpus.id() + ".zip");
            event.setContentType("application/zip");
            CorpusArchive.write(corpora.get(corpus.id()), event.getOutputStream());
        }, "Download");
        Button delete = new Button("Delete", e -> confirmDelete(corpus));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setEnabled(!CorpusRegistry.BUNDLED_ID.equals(corpus.id()));
        return new HorizontalLayout(edit, download, delete);
    }

    private void describe(CorpusInfo info) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Describe " + info.id());
        TextField name = new TextField("Name", nz(info.name()), "");
        TextArea description = new TextArea("Description", nz(info.description()), "");
        TextField language = new TextField("Language note", nz(info.languageNote()), "");
        TextField source = new TextField("Source and licence", nz(info.sourceNote()), "");
        dialog.add(new VerticalLayout(name, description, language, source));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), new Button("Save", e -> {
            if (!name.getValue().isBlank()) {
                corpora.updateDescription(info.id(), name.getValue().strip(), description.getValue(), language.getValue(),
                        source.getValue());
                dialog.close();
                refresh();
            }
        }));
        dialog.open();
    }

    private void confirmDelete(LoadedCorpus corpus) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete " + corpus.id() + "?");
        confirm.setText("The corpus '" + corpus.info().name() + "' and its " + corpus.info().documents()
                + " documents will be removed for everyone. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            corpora.delete(corpus.id());
            refresh();
        });
        confirm.open();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
