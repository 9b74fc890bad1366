package org.siyaq.security;

import org.springframework.jdbc.core.JdbcTemplate;

/** The table of the instructors' settings (one value per key, such as the class code), created on first start. */
final class SettingSchema {

    private SettingSchema() {
    }

    static void create(JdbcTemplate jdbc) {
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS setting (
                  setting_key VARCHAR(100) PRIMARY KEY,
                  setting_value VARCHAR(1000) NOT NULL)""");
    }
}
