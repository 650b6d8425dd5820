package org.sotcourseware.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The portable data archive: every table of the app's schema in one zip, readable without the app, the same bytes
 * whether written from H2 or PostgreSQL.
 * <ul>
 * <li>{@code manifest.json}: format, the schema version (Flyway's), when and from what database it was written, and
 * per table (parents before children) its columns with a portable kind, its row count and the SHA-256 of its file;</li>
 * <li>{@code tables/NAME.jsonl}: one JSON array per row, values in column order, rows sorted by primary key. Kinds:
 * {@code integer} (a number), {@code double}, {@code boolean}, {@code text}, {@code date} ({@code 2026-12-06}),
 * {@code timestamp} ({@code 2026-12-06T19:10:00.123456}, always six decimals), {@code binary} (base64);
 * {@code null} is null.</li>
 * </ul>
 * The export reads one consistent snapshot (a repeatable-read, read-only transaction). The import loads an archive
 * into an empty database whose schema is at the archive's version, in one transaction, then moves identity columns
 * past the highest id, so the app continues where the source left off.
 */
public final class DataArchive {

    static final String FORMAT = "sot-courseware-data";
    static final int FORMAT_VERSION = 1;
    private static final String MANIFEST = "manifest.json";
    /**
     * Tables whose rows the migrations write and own: Flyway's history, and the single lock row every node takes before
     * a certificate lookup ({@code verification_budget}, V70). A new database has them already, so they are neither
     * exported nor counted when the target must be empty.
     */
    private static final Set<String> SCHEMA_OWNED = Set.of("flyway_schema_history", "verification_budget");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS", Locale.ROOT);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonFactory FACTORY = new JsonFactory();

    private DataArchive() {
    }

    /** A column of a table and how its values are written. */
    public record Column(String name, String kind) {
    }

    /** A table as the manifest describes it. */
    public record TableInfo(String name, List<Column> columns, long rows, String sha256) {
    }

    /** What an archive holds. */
    public record Manifest(String schemaVersion, String createdAt, String source, List<TableInfo> tables) {

        public @Nullable TableInfo table(String name) {
            return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
        }
    }

    /** The archive is not one we can load, or the target does not fit it: a message for the person who ran it. */
    public static final class DataTransferException extends RuntimeException {
        public DataTransferException(String message) {
            super(message);
        }

        public DataTransferException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    // ----- export -----

    /**
     * Writes every table of the database (but Flyway's history) to {@code out}, tagged with {@code schemaVersion}.
     *
     * @return the manifest written
     */
    public static Manifest export(Connection c, String schemaVersion, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            List<TableInfo> tables = new ArrayList<>();
            for (String table : tablesInLoadOrder(c)) {
                List<Column> columns = columns(c, table);
                List<String> key = primaryKey(c, table);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                long rows = writeRows(c, table, columns, key, bytes);
                byte[] file = bytes.toByteArray();
                zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
                zip.write(file);
                zip.closeEntry();
                tables.add(new TableInfo(table, columns, rows, sha256(file)));
            }
            c.commit();
            DatabaseMetaData meta = c.getMetaData();
            Manifest manifest = new Manifest(schemaVersion, Instant.now().toString(),
                    meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(), tables);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(manifest)));
            zip.closeEntry();
            return manifest;
        } finally {
            c.setReadOnly(false);
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    private static long writeRows(Connection c, String table, List<Column> columns, List<String> key, OutputStream out)
            throws SQLException, IOException {
        List<Object[]> rows = new ArrayList<>();
        String select = "select " + String.join(", ", columns.stream().map(Column::name).toList()) + " from " + table;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = read(rs, i + 1, columns.get(i).kind());
                }
                rows.add(row);
            }
        }
        // sorted here, not with ORDER BY: text keys then sort by code point whatever the database's collation
        rows.sort(rowOrder(columns, key));
        try (JsonGenerator g = FACTORY.createGenerator(new NoCloseOutputStream(out))) {
            for (Object[] row : rows) {
                g.writeStartArray();
                for (int i = 0; i < row.length; i++) {
                    writeValue(g, row[i], columns.get(i).kind());
                }
                g.writeEndArray();
                g.writeRaw('\n');
            }
        }
        return rows.size();
    }

    private static Comparator<Object[]> rowOrder(List<Column> columns, List<String> key) {
        List<Integer> order = new ArrayList<>();
        for (String k : key) {
            order.add(indexOf(columns, k));
        }
        if (order.isEmpty()) { // no primary key: every column, in order
            for (int i = 0; i < columns.size(); i++) {
                order.add(i);
            }
        }
        return (a, b) -> {
            for (int i : order) {
                int cmp = compare(a[i], b[i]);
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(@Nullable Object a, @Nullable Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return codePointCompare(x, y);
        }
        return ((Comparable) a).compareTo(b);
    }

    private static int codePointCompare(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static @Nullable Object read(ResultSet rs, int i, String kind) throws SQLException {
        Object v = switch (kind) {
            case "integer" -> rs.getLong(i);
            case "double" -> rs.getDouble(i);
            case "boolean" -> rs.getBoolean(i);
            case "date" -> rs.getObject(i, LocalDate.class);
            case "timestamp" -> rs.getObject(i, LocalDateTime.class);
            case "binary" -> rs.getBytes(i);
            default -> rs.getString(i);
        };
        return rs.wasNull() ? null : v;
    }

    private static void writeValue(JsonGenerator g, @Nullable Object v, String kind) {
        if (v == null) {
            g.writeNull();
            return;
        }
        switch (kind) {
            case "integer" -> g.writeNumber((Long) v);
            case "double" -> g.writeNumber((Double) v);
            case "boolean" -> g.writeBoolean((Boolean) v);
            case "date" -> g.writeString(v.toString());
            case "timestamp" -> g.writeString(TIMESTAMP.format((LocalDateTime) v));
            case "binary" -> g.writeString(Base64.getEncoder().encodeToString((byte[]) v));
            default -> g.writeString((String) v);
        }
    }

    // ----- import -----

    /** Reads only the manifest of an archive. */
    public static Manifest manifest(Path archive) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(MANIFEST)) {
                    return fromJson(JSON.readTree(zip.readAllBytes()));
                }
            }
        } catch (java.util.zip.ZipException | tools.jackson.core.JacksonException e) {
            throw new DataTransferException(archive + " is not a data archive of SOT Courseware: " + e.getMessage(), e);
        }
        throw new DataTransferException(archive + " is not a data archive of SOT Courseware: it has no " + MANIFEST);
    }

    /**
     * Loads an archive into {@code c}, whose schema must be at the archive's version ({@code targetSchemaVersion})
     * with every table of the archive present, the same columns, and no rows. One transaction: on any problem nothing
     * is loaded. Every table's file is checked against the manifest's checksum and row count first.
     *
     * @return rows loaded per table
     */
    public static Map<String, Long> load(Path archive, Connection c, String targetSchemaVersion) throws IOException, SQLException {
        Manifest manifest = manifest(archive);
        if (!manifest.schemaVersion().equals(targetSchemaVersion)) {
            throw new DataTransferException("Schema mismatch: the archive was written at schema version " + manifest.schemaVersion()
                    + ", the target database is at version " + targetSchemaVersion + ". Import with the app version that wrote the "
                    + "archive (its schema version), then start the newer app on the target to upgrade it.");
        }
        Map<String, byte[]> files = readTableFiles(archive, manifest);
        checkTarget(c, manifest);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        Map<String, Long> loaded = new LinkedHashMap<>();
        try {
            for (TableInfo t : manifest.tables()) {
                loaded.put(t.name(), insertRows(c, t, files.get(t.name())));
            }
            restartIdentities(c, manifest);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return loaded;
    }

    private static Map<String, byte[]> readTableFiles(Path archive, Manifest manifest) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.startsWith("tables/") && name.endsWith(".jsonl")) {
                    files.put(name.substring("tables/".length(), name.length() - ".jsonl".length()), zip.readAllBytes());
                }
            }
        }
        for (TableInfo t : manifest.tables()) {
            byte[] file = files.get(t.name());
            if (file == null) {
                throw new DataTransferException("The archive is damaged: the manifest lists table " + t.name() + " but there is no tables/"
                        + t.name() + ".jsonl");
            }
            if (!sha256(file).equals(t.sha256())) {
                throw new DataTransferException("The archive is damaged: tables/" + t.name() + ".jsonl does not match its checksum in the manifest");
            }
        }
        return files;
    }

    /** The target has the archive's tables with the same columns, and every one of them is empty. */
    private static void checkTarget(Connection c, Manifest manifest) throws SQLException {
        Set<String> targetTables = new LinkedHashSet<>(tablesInLoadOrder(c));
        List<String> problems = new ArrayList<>();
        for (TableInfo t : manifest.tables()) {
            if (!targetTables.contains(t.name())) {
                problems.add("table " + t.name() + " is missing");
                continue;
            }
            List<Column> columns = columns(c, t.name());
            if (!columns.equals(t.columns())) {
                problems.add("table " + t.name() + " has columns " + describe(columns) + ", the archive " + describe(t.columns()));
            }
        }
        for (String table : targetTables) {
            if (manifest.table(table) == null) {
                problems.add("table " + table + " is not in the archive");
            }
        }
        if (!problems.isEmpty()) {
            throw new DataTransferException("Schema mismatch between the archive and the target database: " + String.join("; ", problems));
        }
        List<String> nonEmpty = new ArrayList<>();
        for (TableInfo t : manifest.tables()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + t.name())) {
                rs.next();
                long n = rs.getLong(1);
                if (n > 0) {
                    nonEmpty.add(t.name() + " (" + n + " rows)");
                }
            }
        }
        if (!nonEmpty.isEmpty()) {
            throw new DataTransferException("The target database is not empty: " + String.join(", ", nonEmpty)
                    + ". Import only into a new, empty database (an app that started on it has already written to it).");
        }
    }

    private static String describe(List<Column> columns) {
        return columns.stream().map(col -> col.name() + " " + col.kind()).toList().toString();
    }

    private static long insertRows(Connection c, TableInfo t, byte[] file) throws SQLException, IOException {
        List<Column> columns = t.columns();
        String insert = "insert into " + t.name() + " (" + String.join(", ", columns.stream().map(Column::name).toList()) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(insert); JsonParser p = FACTORY.createParser(file)) {
            int batch = 0;
            for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                if (token != JsonToken.START_ARRAY) {
                    throw new DataTransferException("The archive is damaged: tables/" + t.name() + ".jsonl row " + (rows + 1) + " is not a JSON array");
                }
                for (int i = 0; i < columns.size(); i++) {
                    p.nextToken();
                    bind(ps, i + 1, columns.get(i).kind(), p);
                }
                if (p.nextToken() != JsonToken.END_ARRAY) {
                    throw new DataTransferException("The archive is damaged: tables/" + t.name() + ".jsonl row " + (rows + 1) + " has more values than columns");
                }
                ps.addBatch();
                rows++;
                if (++batch == 500) {
                    ps.executeBatch();
                    batch = 0;
                }
            }
            if (batch > 0) {
                ps.executeBatch();
            }
        }
        if (rows != t.rows()) {
            throw new DataTransferException("The archive is damaged: tables/" + t.name() + ".jsonl has " + rows + " rows, the manifest says " + t.rows());
        }
        return rows;
    }

    private static void bind(PreparedStatement ps, int i, String kind, JsonParser p) throws SQLException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            ps.setNull(i, switch (kind) {
                case "integer" -> Types.BIGINT;
                case "double" -> Types.DOUBLE;
                case "boolean" -> Types.BOOLEAN;
                case "date" -> Types.DATE;
                case "timestamp" -> Types.TIMESTAMP;
                case "binary" -> Types.BINARY;
                default -> Types.VARCHAR;
            });
            return;
        }
        switch (kind) {
            case "integer" -> ps.setLong(i, p.getLongValue());
            case "double" -> ps.setDouble(i, p.getDoubleValue());
            case "boolean" -> ps.setBoolean(i, p.getBooleanValue());
            case "date" -> ps.setObject(i, LocalDate.parse(p.getString()));
            case "timestamp" -> ps.setObject(i, LocalDateTime.parse(p.getString()));
            case "binary" -> ps.setBytes(i, Base64.getDecoder().decode(p.getString()));
            default -> ps.setString(i, p.getString());
        }
    }

    /** Identity columns continue after the highest id loaded, as they would have in the source (same SQL on both). */
    private static void restartIdentities(Connection c, Manifest manifest) throws SQLException {
        for (TableInfo t : manifest.tables()) {
            for (String column : identityColumns(c, t.name())) {
                long next;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + t.name())) {
                    rs.next();
                    next = rs.getLong(1);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("alter table " + t.name() + " alter column " + column + " restart with " + next);
                }
            }
        }
    }

    // ----- schema from JDBC metadata -----

    /** The app's tables (not the {@link #SCHEMA_OWNED} ones), parents before the tables whose foreign keys point at them. */
    static List<String> tablesInLoadOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!SCHEMA_OWNED.contains(name)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        Map<String, Set<String>> parents = new TreeMap<>();
        for (String table : names) {
            Set<String> p = new java.util.TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, identifier(meta, table))) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        p.add(parent);
                    }
                }
            }
            parents.put(table, p);
        }
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (order.size() < names.size()) {
            boolean progress = false;
            for (String table : names) {
                if (!placed.contains(table) && placed.containsAll(parents.get(table))) {
                    order.add(table);
                    placed.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new DataTransferException("The tables' foreign keys form a cycle: cannot order " + names);
            }
        }
        return order;
    }

    static List<Column> columns(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<Integer, Column> byPosition = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, c.getSchema(), identifier(meta, table), "%")) {
            while (rs.next()) {
                byPosition.put(rs.getInt("ORDINAL_POSITION"),
                        new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), kind(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"))));
            }
        }
        return List.copyOf(byPosition.values());
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, c.getSchema(), identifier(meta, table))) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(key.values());
    }

    private static List<String> identityColumns(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> out = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, c.getSchema(), identifier(meta, table), "%")) {
            while (rs.next()) {
                if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                    out.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static String identifier(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** The portable kind of a column, from its JDBC type; the same on H2 and PostgreSQL for each column of the schema. */
    static String kind(int jdbcType, String typeName) {
        return switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "integer";
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> "double";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.DATE -> "date";
            case Types.TIMESTAMP -> "timestamp";
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> "binary";
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR -> "text";
            // PostgreSQL reports a column of a domain type (our blob over bytea) as DISTINCT, with the domain's name
            case Types.DISTINCT -> typeName.equalsIgnoreCase("blob") ? "binary" : unsupported(jdbcType, typeName);
            default -> unsupported(jdbcType, typeName);
        };
    }

    private static String unsupported(int jdbcType, String typeName) {
        throw new DataTransferException("A column of type " + typeName + " (JDBC " + jdbcType + ") cannot be written to the archive yet");
    }

    // ----- manifest JSON -----

    private static ObjectNode toJson(Manifest m) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("schemaVersion", m.schemaVersion());
        root.put("createdAt", m.createdAt());
        root.put("source", m.source());
        ArrayNode tables = root.putArray("tables");
        for (TableInfo t : m.tables()) {
            ObjectNode table = tables.addObject();
            table.put("name", t.name());
            ArrayNode columns = table.putArray("columns");
            t.columns().forEach(col -> columns.addObject().put("name", col.name()).put("kind", col.kind()));
            table.put("rows", t.rows());
            table.put("sha256", t.sha256());
        }
        return root;
    }

    private static Manifest fromJson(JsonNode root) {
        if (!FORMAT.equals(root.path("format").asString(""))) {
            throw new DataTransferException("Not a data archive of SOT Courseware (the manifest's format is '" + root.path("format").asString("") + "')");
        }
        if (root.path("formatVersion").asInt(0) != FORMAT_VERSION) {
            throw new DataTransferException("The archive's format version " + root.path("formatVersion").asInt(0) + " is not " + FORMAT_VERSION
                    + ", which this app reads");
        }
        List<TableInfo> tables = new ArrayList<>();
        for (JsonNode t : root.path("tables")) {
            List<Column> columns = new ArrayList<>();
            for (JsonNode col : t.path("columns")) {
                columns.add(new Column(col.path("name").asString(), col.path("kind").asString()));
            }
            tables.add(new TableInfo(t.path("name").asString(), List.copyOf(columns), t.path("rows").asLong(), t.path("sha256").asString()));
        }
        return new Manifest(root.path("schemaVersion").asString(), root.path("createdAt").asString(), root.path("source").asString(), List.copyOf(tables));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int indexOf(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + name);
    }

    /** Lets the JSON generator close without closing the buffer it writes into. */
    private static final class NoCloseOutputStream extends java.io.FilterOutputStream {
        NoCloseOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
