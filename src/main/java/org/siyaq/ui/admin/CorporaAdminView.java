package org.siyaq.ui.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.siyaq.corpus.CorpusFields;
import org.siyaq.corpus.CorpusInfo;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.IngestProgress;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.Visibility;
import org.siyaq.corpus.load.CorpusArchive;
import org.siyaq.corpus.load.CorpusUploads;
import org.siyaq.security.ClassCodes;
import org.siyaq.security.Roles;
import org.siyaq.ui.ColumnHeaders;
import org.siyaq.ui.Texts;
import org.siyaq.ui.UiLanguage;

/**
 * The instructor's corpus page: upload a new corpus and watch it index, then share it with the class or
 * keep it a draft, re-describe it, download its texts, or delete it after a confirmation.
 */
@Route(value = "admin/corpora", autoLayout = false)
@RolesAllowed(Roles.INSTRUCTOR)
public class CorporaAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 1000;

    private final CorpusRegistry corpora;
    private final Grid<LoadedCorpus> grid = new Grid<>();
    /** What the grid's rows show, to draw them again only when it changes. */
    private List<CorpusInfo> shown = List.of();

    private final Div progress = new Div();
    private final UploadStatus status = new UploadStatus();

    public CorporaAdminView(
            CorpusRegistry corpora, CorpusUploads uploads, ClassCodes classCodes, AuthenticationContext auth) {
        this.corpora = corpora;
        Button logout = new Button(
                getTranslation("admin.sign-out", auth.getPrincipalName().orElse("")), e -> auth.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(
                new H1(getTranslation("admin.title")),
                new Anchor(withLanguage(""), getTranslation("admin.open-tools")),
                accountsLink(),
                languageLink(),
                logout);
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        header.addClassName("admin-header");
        progress.setId("indexing-progress");
        progress.setWidthFull();

        grid.setId("corpus-admin-grid");
        // a name in two scripts wraps in its own direction instead of losing its first word to the cell's edge
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(c -> Texts.wrapped(c.info().name()))
                .setHeader(getTranslation("admin.column.name"))
                .setFlexGrow(2);
        grid.addColumn(LoadedCorpus::id)
                .setHeader(getTranslation("admin.column.id"))
                .setAutoWidth(true);
        grid.addColumn(c -> Texts.integer(c.info().documents()))
                .setHeader(getTranslation("admin.column.documents"))
                .setAutoWidth(true);
        grid.addColumn(c -> Texts.integer(c.info().tokens()))
                .setHeader(getTranslation("admin.column.tokens"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::sharedBox)
                .setHeader(getTranslation("admin.column.shared"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(ColumnHeaders.unseen(getTranslation("admin.column.actions")))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(
                header,
                status,
                new CorpusUploadForm(uploads, receipt -> {
                    status.started(
                            receipt.id(),
                            receipt.documents(),
                            receipt.rejected().size());
                    refresh();
                    status.scrollIntoView();
                }),
                new H2(getTranslation("admin.indexing")),
                progress,
                new H2(getTranslation("admin.all")),
                grid,
                new ClassCodeForm(classCodes));
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
            String done = getTranslation(
                    "admin.progress", p.corpusId(), p.documentsDone(), p.documentsTotal(), p.tokensDone());
            Span label = new Span(left < 0 ? done : getTranslation("admin.progress.left", done, left / 1000 + 1));
            progress.add(new VerticalLayout(label, bar));
        }
        if (corpora.inProgress().isEmpty()) {
            progress.add(new Span(getTranslation("admin.idle")));
        }
        // the rows are drawn again only when a corpus changed: drawn every second, a box being ticked at that moment
        // was replaced before its change reached the server, and the tick was lost
        List<LoadedCorpus> all = corpora.all();
        List<CorpusInfo> infos = all.stream().map(LoadedCorpus::info).toList();
        if (!infos.equals(shown)) {
            grid.setItems(all);
            shown = infos;
        }
        status.refresh(corpora);
    }

    private Checkbox sharedBox(LoadedCorpus corpus) {
        Checkbox box = new Checkbox(corpus.info().visibility() == Visibility.CLASS);
        box.setAriaLabel(getTranslation("admin.shared.label", corpus.info().name()));
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
        Button edit = new Button(getTranslation("admin.describe"), e -> describe(corpus.info()));
        Anchor download = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(corpus.id() + ".zip");
                    event.setContentType("application/zip");
                    CorpusArchive.write(corpora.get(corpus.id()), event.getOutputStream());
                },
                getTranslation("admin.download"));
        Button delete = new Button(getTranslation("admin.delete"), e -> confirmDelete(corpus));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setEnabled(!CorpusRegistry.BUNDLED_ID.equals(corpus.id()));
        return new HorizontalLayout(edit, download, delete);
    }

    private void describe(CorpusInfo info) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.describe.title", info.id()));
        TextField name = new TextField(getTranslation("admin.field.name"), nz(info.name()), "");
        name.setRequired(true);
        name.setErrorMessage(getTranslation("admin.field.name.required"));
        TextArea description = new TextArea(getTranslation("admin.field.description"), nz(info.description()), "");
        TextField language = new TextField(getTranslation("admin.field.language"), nz(info.languageNote()), "");
        TextField source = new TextField(getTranslation("admin.field.source"), nz(info.sourceNote()), "");
        // the column lengths, so an edit is never refused after it is typed (issue 11, item 6)
        name.setMaxLength(CorpusFields.NAME.maxLength());
        description.setMaxLength(CorpusFields.DESCRIPTION.maxLength());
        language.setMaxLength(CorpusFields.LANGUAGE_NOTE.maxLength());
        source.setMaxLength(CorpusFields.SOURCE_NOTE.maxLength());
        // an Arabic name, description or note reads right to left, in either page language
        for (Component field : List.of(name, description, language, source)) {
            Texts.autoDirection(field);
            ((HasSize) field).setWidthFull();
        }
        // room for a description to be read while it is edited (the fields were a narrow 12rem)
        VerticalLayout fields = new VerticalLayout(name, description, language, source);
        fields.setPadding(false);
        fields.setWidth("min(36rem, 75vw)");
        dialog.add(fields);
        Button save = new Button(getTranslation("admin.save"), e -> {
            name.setInvalid(name.getValue().isBlank());
            if (!name.getValue().isBlank()) {
                corpora.updateDescription(
                        info.id(),
                        name.getValue().strip(),
                        description.getValue(),
                        language.getValue(),
                        source.getValue());
                dialog.close();
                refresh();
            }
        });
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDelete(LoadedCorpus corpus) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("admin.delete.title", corpus.id()));
        confirm.setText(getTranslation(
                "admin.delete.text",
                Texts.isolate(corpus.info().name()),
                corpus.info().documents()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            corpora.delete(corpus.id());
            refresh();
        });
        confirm.open();
    }

    /** A link into the app that keeps the page language. */
    private String withLanguage(String path) {
        return "/" + path + "?" + UiLanguage.PARAM + "=" + UiLanguage.param(getLocale());
    }

    /** The instructor accounts page (add an instructor, change one's password). */
    private Anchor accountsLink() {
        Anchor link = new Anchor(withLanguage("admin/accounts"), getTranslation("accounts.title"));
        link.setId("admin-accounts");
        link.setRouterIgnore(true);
        return link;
    }

    /** Reloads this page in the other language. */
    private Anchor languageLink() {
        Anchor link = new Anchor(
                "admin/corpora?" + UiLanguage.PARAM + "=" + (UiLanguage.isArabic(getLocale()) ? "en" : "ar"),
                getTranslation("lang.other"));
        link.setId("admin-lang-switch");
        link.setRouterIgnore(true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " · " + getTranslation("app.name");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
