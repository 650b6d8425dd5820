package org.sotcourseware.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Translations;

/**
 * What a password must be (OWASP ASVS 5.0 V6.2): at least {@value #MIN_LENGTH} characters, up to
 * {@value #MAX_LENGTH}, any characters, no rules about kinds of characters, and not one of the 100,000 most
 * common passwords (the list nbvcxz ships, compared without regard to case) nor the person's own username.
 * Length counts Unicode code points, so an accented letter or an emoji is one character.
 * <p>
 * {@link #hint} estimates strength while the person types (nbvcxz, a zxcvbn descendant); the hint advises,
 * only {@link #problem} refuses. Every place that sets a password checks it here: administrators creating or
 * resetting, a set-up link, and a person changing their own.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The dictionaries and estimator, loaded once on first use (about a second, 100,000 passwords). */
    private static final class Lists {
        static final List<Dictionary> DEFAULTS = ConfigurationBuilder.getDefaultDictionaries();
        static final java.util.Set<String> SHIPPED = DEFAULTS.stream().filter(d -> d.getDictionaryName().equals("passwords"))
                .findFirst().orElseThrow(() -> new IllegalStateException("nbvcxz ships no 'passwords' list")).getDictonary().keySet();
        /** Case folded: the 100,000 entries are 96,520 passwords when case is ignored. */
        static final java.util.Set<String> COMMON = SHIPPED.stream().map(p -> p.strip().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        static final Nbvcxz ESTIMATOR = new Nbvcxz(new ConfigurationBuilder().setMaxLength(MAX_LENGTH).createConfiguration());
    }

    /** How many entries the shipped list of common passwords holds, and how many differ when case is ignored. */
    public static int[] commonPasswordCounts() {
        return new int[] {Lists.SHIPPED.size(), Lists.COMMON.size()};
    }

    static int length(String password) {
        return password.codePointCount(0, password.length());
    }

    /** Why this password is refused, in words for the person choosing it; empty when it is acceptable. */
    public static Optional<Message> problem(String password, @Nullable String username) {
        int n = length(password);
        if (n < MIN_LENGTH) {
            return Optional.of(Message.of("security.password.too-short", MIN_LENGTH, n));
        }
        if (n > MAX_LENGTH) {
            return Optional.of(Message.of("security.password.too-long", MAX_LENGTH, n));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (Lists.COMMON.contains(lower) || Lists.COMMON.contains(lower.strip())) {
            return Optional.of(Message.of("security.password.common"));
        }
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))
                && n - length(username.strip()) < MIN_LENGTH) {
            return Optional.of(Message.of("security.password.username"));
        }
        return Optional.empty();
    }

    /** Throws {@link UserAdminService.InvalidUserException} with the {@link #problem}, if any. */
    public static void check(String password, @Nullable String username) {
        problem(password, username).ifPresent(message -> {
            throw new UserAdminService.InvalidUserException(message);
        });
    }

    /** A strength estimate while typing: 0 (very weak) to 4 (strong), a label (none for an empty password) and advice. */
    public record Hint(int score, @Nullable Message label, Message advice) {

        /** The hint as the field shows it: "Weak. Add another word or two ..." in {@code locale}. */
        public String text(Locale locale) {
            Message shown = label == null ? advice : Message.of("security.password.hint", label, advice);
            return shown.in(locale);
        }
    }

    /**
     * Estimates how hard the password is to guess, taking the person's own words (username, name) as known to an
     * attacker. Passwords the policy refuses get score 0 and the reason as advice.
     */
    public static Hint hint(String password, List<String> personalWords) {
        if (password.isEmpty()) {
            return new Hint(0, null, Message.of("security.password.advice-empty", MIN_LENGTH));
        }
        Optional<Message> refused = problem(password, personalWords.isEmpty() ? null : personalWords.getFirst());
        if (refused.isPresent()) {
            return new Hint(0, Message.of("security.password.not-accepted"), refused.get());
        }
        List<Dictionary> dictionaries = new ArrayList<>(Lists.DEFAULTS);
        List<String> words = personalWords.stream().flatMap(w -> java.util.Arrays.stream(w.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .filter(w -> w.length() >= 3).toList();
        if (!words.isEmpty()) {
            dictionaries.add(new DictionaryBuilder().setDictionaryName("personal").setExclusion(true).addWords(words, 0).createDictionary());
        }
        Nbvcxz estimator = words.isEmpty() ? Lists.ESTIMATOR : new Nbvcxz(new ConfigurationBuilder().setMaxLength(MAX_LENGTH)
                .setDictionaries(dictionaries).createConfiguration());
        Result r = estimator.estimate(password);
        int score = r.getBasicScore();
        Message label = Message.of(switch (score) {
            case 0 -> "security.password.very-weak";
            case 1 -> "security.password.weak";
            case 2 -> "security.password.fair";
            case 3 -> "security.password.good";
            default -> "security.password.strong";
        });
        Message advice;
        if (score >= 3) {
            advice = Message.of("security.password.hard-to-guess");
        } else {
            List<String> keys = new ArrayList<>();
            if (r.getFeedback().getWarningKey() != null) {
                keys.add(r.getFeedback().getWarningKey());
            }
            keys.addAll(r.getFeedback().getSuggestionKeys());
            advice = keys.stream().map(PasswordPolicy::feedback).flatMap(Optional::stream)
                    .reduce((a, b) -> Message.of("security.password.and", a, b))
                    .orElse(Message.of("security.password.add-a-word"));
        }
        return new Hint(score, label, advice);
    }

    /**
     * The estimator's feedback ({@code feedback.repeat.warning.likeAAA}) in our words: the bundle key
     * {@code security.password.feedback.repeat-warning-like-aaa}; empty for feedback we have no words for.
     */
    static Optional<Message> feedback(String estimatorKey) {
        String key = "security.password.feedback." + estimatorKey.replaceFirst("^feedback\\.", "").replace('.', '-')
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return Translations.patterns(Locale.ENGLISH).containsKey(key) ? Optional.of(Message.of(key)) : Optional.empty();
    }
}
