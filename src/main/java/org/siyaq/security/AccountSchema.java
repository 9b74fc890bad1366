package org.siyaq.security;

import org.springframework.jdbc.core.JdbcTemplate;

/** The account table, created on first start next to the corpus tables in the same H2 database. */
final class AccountSchema {

    private AccountSchema() {
    }

    static void create(JdbcTemplate jdbc) {
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS account (
                  username VARCHAR(100) PRIMARY KEY,
                  password_hash VARCHAR(500) NOT NULL,
                  role VARCHAR(32) NOT NULL,
                  created_at TIMESTAMP WITH TIME ZONE NOT NULL)""");
        // issue 11, item 9: a generated first password must be replaced at the first sign-in
        jdbc.execute("ALTER TABLE account ADD COLUMN IF NOT EXISTS must_change_password BOOLEAN DEFAULT FALSE NOT NULL");
    }
}
