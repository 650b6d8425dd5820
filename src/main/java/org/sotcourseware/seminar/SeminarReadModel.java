package org.sotcourseware.seminar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.security.UserId;

/** What the seminar screens and the certification feature read. */
public final class SeminarReadModel {

    private SeminarReadModel() {
    }

    public enum Status {
        PLANNED("Planned"), RUNNING("Running"), FINISHED("Finished");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The English name (logs, files meant for every reader). */
        public String label() {
            return label;
        }

        /** The name in the reader's language. */
        public Message message() {
            return Message.of("seminar.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    public enum Presence {
        PRESENT("Present"), PARTIAL("Partly present"), ABSENT("Absent");

        private final String label;

        Presence(String label) {
            this.label = label;
        }

        /** The English name (logs, files meant for every reader). */
        public String label() {
            return label;
        }

        /** The name in the reader's language. */
        public Message message() {
            return Message.of("seminar.presence." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    /** What an organiser enters for a seminar. */
    public record Form(String title, String venue, boolean online, LocalDate startsOn, LocalDate endsOn, double hoursPerDay, int capacity,
                       Status status, Set<String> modules, Set<UserId> instructors, @Nullable String notes) {
        public Form {
            modules = Set.copyOf(modules);
            instructors = Set.copyOf(instructors);
        }
    }

    /** A seminar in a list. {@code hours}: the CE hours of the whole seminar (days × hours per day). */
    public record Summary(SeminarId id, String title, String venue, boolean online, LocalDate startsOn, LocalDate endsOn, double hoursPerDay,
                          Status status, int enrolled, int capacity, List<String> modules, double hours) {
        public Summary {
            modules = List.copyOf(modules);
        }
    }

    public record Person(UserId id, String name, String username, @Nullable String email) {
    }

    public record Attendance(LocalDate day, Presence presence, double hours) {
    }

    public record Exam(long id, String trackId, @Nullable Double written, @Nullable Double practical, LocalDate date, String examiner) {
    }

    /** An enrolled student with their attendance by day, attended hours and exam results at this seminar. */
    public record Participant(Person person, Map<LocalDate, Attendance> attendance, double hours, List<Exam> exams) {
        public Participant {
            attendance = Map.copyOf(attendance);
            exams = List.copyOf(exams);
        }
    }

    /** A seminar with everything its page shows. */
    public record Detail(Summary summary, Form form, List<Person> instructors, List<Participant> participants, List<LocalDate> days,
                         @Nullable String notes) {
        public Detail {
            instructors = List.copyOf(instructors);
            participants = List.copyOf(participants);
            days = List.copyOf(days);
        }
    }

    /** Hours a student attended at one seminar, and the modules it covers: what certification counts. */
    public record AttendedHours(SeminarId seminarId, String title, Set<String> modules, double hours, Status status, LocalDate startsOn) {
        public AttendedHours {
            modules = Set.copyOf(modules);
        }
    }

    /** An exam result as certification reads it. */
    public record ExamRecord(SeminarId seminarId, String seminarTitle, String trackId, @Nullable Double written, @Nullable Double practical,
                             LocalDate date, String examiner) {
    }

    /** A student's seminars and exams. */
    public record StudentRecord(List<AttendedHours> seminars, List<ExamRecord> exams) {
        public StudentRecord {
            seminars = List.copyOf(seminars);
            exams = List.copyOf(exams);
        }

        public static StudentRecord empty() {
            return new StudentRecord(List.of(), List.of());
        }
    }

    /** What an enrolment CSV would do, row by row. Nothing happens until it is applied. */
    public record ImportPreview(List<ImportRow> rows, List<ImportProblem> problems, int newAccounts, int existing, int alreadyEnrolled) {
        public ImportPreview {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** What importing a row would do, in the future tense the preview speaks in (nothing has happened yet). */
    public enum ImportAction {
        NEW_ACCOUNT("A new account will be created and enrolled"), EXISTING("The existing account will be enrolled"),
        ALREADY_ENROLLED("Already enrolled: no change");

        private final String label;

        ImportAction(String label) {
            this.label = label;
        }

        /** The English name (logs, files meant for every reader). */
        public String label() {
            return label;
        }

        /** The name in the reader's language. */
        public Message message() {
            return Message.of("seminar.import.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    public record ImportRow(int line, String email, String name, @Nullable String username, ImportAction action) {
    }

    /** A problem with a line of the file (0: with the file as a whole), as words to translate. */
    public record ImportProblem(int line, Message message) {
    }

    /** A created account and its one-time set-up link (emailed when SMTP is configured, else passed on by the organiser). */
    public record SetupLink(String name, String email, String username, String link) {
    }

    /** {@code emailed}: each new account was sent its link by email (the links are then not offered for download). */
    public record ImportResult(int enrolled, int created, List<SetupLink> links, boolean emailed) {
        public ImportResult {
            links = List.copyOf(links);
        }
    }
}
