package org.siyaq.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.siyaq.security.Accounts;
import org.siyaq.security.Roles;
import org.siyaq.ui.Texts;
import org.siyaq.ui.UiLanguage;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Instructor accounts: the list of instructors, adding another one, and changing one's own password
 * (which asks for the current one first). The same operations are in the API under /api/admin/accounts.
 */
@Route(value = "admin/accounts", autoLayout = false)
@RolesAllowed(Roles.INSTRUCTOR)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final String me;
    private final Grid<String> grid = new Grid<>();

    public AccountsView(Accounts accounts, PasswordEncoder encoder, AuthenticationContext auth) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.me = auth.getPrincipalName().orElseThrow();
        Anchor back = new Anchor(
                "admin/corpora?" + UiLanguage.PARAM + "=" + UiLanguage.param(getLocale()),
                getTranslation("accounts.back"));
        back.setRouterIgnore(true);
        Anchor language = new Anchor(
                "admin/accounts?" + UiLanguage.PARAM + "=" + (UiLanguage.isArabic(getLocale()) ? "en" : "ar"),
                getTranslation("lang.other"));
        language.setId("accounts-lang-switch");
        language.setRouterIgnore(true);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("accounts.title")), back, language);
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        header.addClassName("admin-header");

        grid.setId("accounts-grid");
        grid.addComponentColumn(Texts::user).setHeader(getTranslation("accounts.column.username"));
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("40rem");
        grid.setItems(accounts.list());

        add(
                header,
                new H2(getTranslation("accounts.all")),
                grid,
                new H2(getTranslation("accounts.add")),
                addForm(),
                new H2(getTranslation("accounts.change", me)),
                changeForm());
    }

    private HorizontalLayout addForm() {
        TextField username = new TextField(getTranslation("accounts.username"));
        username.setId("account-username");
        PasswordField password = new PasswordField(getTranslation("accounts.password"));
        password.setId("account-password");
        password.setHelperText(getTranslation("accounts.password.help", Accounts.MIN_PASSWORD_LENGTH));
        Button add = new Button(getTranslation("accounts.add.button"), e -> {
            String name = username.getValue().strip();
            String problem = name.isEmpty() || !name.matches("[\\p{L}\\p{N}._@-]{1,100}")
                    ? getTranslation("accounts.error.username")
                    : accounts.exists(name)
                            ? getTranslation("accounts.error.exists", name)
                            : tooShort(password.getValue());
            if (problem != null) {
                show(problem, false);
                return;
            }
            accounts.create(name, password.getValue());
            username.clear();
            password.clear();
            grid.setItems(accounts.list());
            show(getTranslation("accounts.added", name), true);
        });
        add.setId("account-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, password, add);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private HorizontalLayout changeForm() {
        PasswordField current = new PasswordField(getTranslation("accounts.current"));
        current.setId("password-current");
        PasswordField next = new PasswordField(getTranslation("accounts.new"));
        next.setId("password-new");
        next.setHelperText(getTranslation("accounts.password.help", Accounts.MIN_PASSWORD_LENGTH));
        Button change = new Button(getTranslation("accounts.change.button"), e -> {
            UserDetails user = accounts.loadUserByUsername(me);
            String problem = !encoder.matches(current.getValue(), user.getPassword())
                    ? getTranslation("accounts.error.current")
                    : tooShort(next.getValue());
            if (problem != null) {
                show(problem, false);
                return;
            }
            accounts.changePassword(me, next.getValue());
            current.clear();
            next.clear();
            show(getTranslation("accounts.changed"), true);
        });
        change.setId("password-change");
        HorizontalLayout form = new HorizontalLayout(current, next, change);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private String tooShort(String password) {
        return password.length() < Accounts.MIN_PASSWORD_LENGTH
                ? getTranslation("accounts.error.short", Accounts.MIN_PASSWORD_LENGTH)
                : null;
    }

    /** Notifications carry only our own messages and the username, as text. */
    private static void show(String message, boolean success) {
        Notification note = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        note.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
