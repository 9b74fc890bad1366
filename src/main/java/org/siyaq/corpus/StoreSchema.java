package org.siyaq.corpus;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The schema of the store, as Flyway migrations in plain SQL ({@code db/migration/V*__*.sql}), applied
 * once per database before anything reads or writes it. The SQL is portable: the large-object types are
 * placeholders, so a PostgreSQL store can run the same files with its own types.
 *
 * <p>A data directory written before Flyway (its own {@code schema_version} table, no Flyway history) is
 * baselined at version 0, so every migration runs on it; each creates only what is missing
 * ({@code IF NOT EXISTS}), so the tables and rows it holds are taken over untouched.
 */
public final class StoreSchema {

    /** The large-object types of H2, the database the application runs on. */
    private static final Map<String, String> H2_TYPES =
            Map.of("blob", "BLOB", "clob", "CLOB", "varbinary", "VARBINARY");

    private static final Set<DataSource> MIGRATED = ConcurrentHashMap.newKeySet();

    private StoreSchema() {}

    /** Brings the database of {@code dataSource} to the newest schema; a no-op once done for that data source. */
    public static synchronized void migrate(DataSource dataSource) {
        if (MIGRATED.contains(dataSource)) {
            return;
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(H2_TYPES)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        MIGRATED.add(dataSource);
    }
}
