package org.sotcourseware.certification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;

/**
 * The achievement lines a certificate prints ("Modules: ...", "Seminar hours: 42", "Written exam 82%, practical exam
 * 79%"). They are stored with the certificate in English, as they were on the day of the award; {@link #in} reads them
 * back as {@link Message}s so the PDF can print them in its own language. A line in another form (an older one) is
 * printed as it was stored.
 */
final class Achievements {

    private static final Pattern MODULES = Pattern.compile("Modules: (.*)");
    private static final Pattern HOURS = Pattern.compile("Seminar hours: (\\d+(?:\\.\\d+)?)");
    private static final Pattern BOTH = Pattern.compile("Written exam (\\d+(?:\\.\\d+)?) ?%, practical exam (\\d+(?:\\.\\d+)?) ?%");
    private static final Pattern WRITTEN = Pattern.compile("Written exam (\\d+(?:\\.\\d+)?) ?%");
    private static final Pattern PRACTICAL = Pattern.compile("Practical exam (\\d+(?:\\.\\d+)?) ?%");

    private Achievements() {
    }

    /** The lines for an award, as messages: the modules, the seminar hours (null: the track counts none) and the exams passed. */
    static List<Message> messages(List<String> moduleTitles, @Nullable Double hours, @Nullable Double written, @Nullable Double practical) {
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("certification.achievement.modules", String.join(", ", moduleTitles)));
        if (hours != null) {
            lines.add(Message.of("certification.achievement.hours", TrackRules.oneDecimal(hours)));
        }
        if (written != null && practical != null) {
            lines.add(Message.of("certification.achievement.written-and-practical", TrackRules.oneDecimal(written), TrackRules.oneDecimal(practical)));
        } else if (written != null) {
            lines.add(Message.of("certification.achievement.written", TrackRules.oneDecimal(written)));
        } else if (practical != null) {
            lines.add(Message.of("certification.achievement.practical", TrackRules.oneDecimal(practical)));
        }
        return lines;
    }

    /** The lines as stored with the certificate: English. */
    static List<String> lines(List<String> moduleTitles, @Nullable Double hours, @Nullable Double written, @Nullable Double practical) {
        return messages(moduleTitles, hours, written, practical).stream().map(Message::english).toList();
    }

    /** Stored lines in {@code language}: each line in a known form as its message, any other line as stored. */
    static List<String> in(List<String> stored, Locale language) {
        return stored.stream().map(line -> {
            Message m = message(line);
            return m == null ? line : m.in(language);
        }).toList();
    }

    /** The message a stored line was written from, or null for a line in another form. */
    static @Nullable Message message(String line) {
        Matcher m;
        if ((m = MODULES.matcher(line)).matches()) {
            return Message.of("certification.achievement.modules", m.group(1));
        }
        if ((m = HOURS.matcher(line)).matches()) {
            return Message.of("certification.achievement.hours", Double.parseDouble(m.group(1)));
        }
        if ((m = BOTH.matcher(line)).matches()) {
            return Message.of("certification.achievement.written-and-practical", Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
        }
        if ((m = WRITTEN.matcher(line)).matches()) {
            return Message.of("certification.achievement.written", Double.parseDouble(m.group(1)));
        }
        if ((m = PRACTICAL.matcher(line)).matches()) {
            return Message.of("certification.achievement.practical", Double.parseDouble(m.group(1)));
        }
        return null;
    }
}
