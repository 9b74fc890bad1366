package org.siyaq.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.siyaq.security.ClassCodes;
import org.siyaq.ui.Texts;

/**
 * Turns the class code on or off and sets a new one. The code is stored only as a hash, so the form
 * never shows it: an instructor who forgot it types a new one.
 */
class ClassCodeForm extends VerticalLayout {

    private final ClassCodes codes;
    private final Paragraph status = new Paragraph();
    private final Checkbox enabled = new Checkbox(getTranslation("admin.classcode.enabled"));
    private final TextField code = new TextField(getTranslation("admin.classcode.new"));

    ClassCodeForm(ClassCodes codes) {
        this.codes = codes;
        setPadding(false);
        status.setId("class-code-status");
        enabled.setId("class-code-enabled");
        enabled.setValue(codes.enabled());
        code.setId("class-code-new");
        code.setMaxLength(ClassCodes.MAX_LENGTH);
        code.setHelperText(getTranslation(
                "admin.classcode.help", Texts.integer(ClassCodes.MIN_LENGTH), Texts.integer(ClassCodes.MAX_LENGTH)));
        Button save = new Button(getTranslation("admin.save"), e -> save());
        save.setId("class-code-save");
        add(new H2(getTranslation("admin.classcode.title")), status, enabled, code, save);
        showStatus();
    }

    private void save() {
        String typed = code.getValue();
        if (!typed.isBlank() && !ClassCodes.isValid(typed)) {
            refuse(getTranslation(
                    "admin.classcode.invalid",
                    Texts.integer(ClassCodes.MIN_LENGTH),
                    Texts.integer(ClassCodes.MAX_LENGTH)));
            return;
        }
        if (enabled.getValue() && typed.isBlank() && !codes.isSet()) {
            refuse(getTranslation("admin.classcode.needed"));
            return;
        }
        codes.set(enabled.getValue(), typed);
        code.clear();
        code.setInvalid(false);
        showStatus();
        Notification.show(getTranslation("admin.classcode.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refuse(String message) {
        code.setErrorMessage(message);
        code.setInvalid(true);
    }

    private void showStatus() {
        status.setText(getTranslation(codes.enabled() ? "admin.classcode.on" : "admin.classcode.off"));
    }
}
