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
    public static Optional<String> problem(String password, @Nullable String username) {
        int n = length(password);
        if (n < MIN_LENGTH) {
            return Optional.of("The password must have at least " + MIN_LENGTH + " characters (it has " + n + "). "
                    + "A few unrelated words make a long password that is easy to remember.");
        }
        if (n > MAX_LENGTH) {
            return Optional.of("The password can have at most " + MAX_LENGTH + " characters (it has " + n + ").");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (Lists.COMMON.contains(lower) || Lists.COMMON.contains(lower.strip())) {
            return Optional.of("This password is on a list of commonly used passwords that attackers try first. Choose another.");
        }
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))
                && n - length(username.strip()) < MIN_LENGTH) {
            return Optional.of("The password must not be built around your username.");
        }
        return Optional.empty();
    }

    /** Throws {@link UserAdminService.InvalidUserException} with the {@link #problem}, if any. */
    public static void check(String password, @Nullable String username) {
        problem(password, username).ifPresent(message -> {
            throw new UserAdminService.InvalidUserException(message);
        });
    }

    /** A strength estimate while typing: 0 (very weak) to 4 (strong), a label and advice. */
    public record Hint(int score, String label, String advice) {
    }

    /**
     * Estimates how hard the password is to guess, taking the person's own words (username, name) as known to an
     * attacker. Passwords the policy refuses get score 0 and the reason as advice.
     */
    public static Hint hint(String password, List<String> personalWords) {
        if (password.isEmpty()) {
            return new Hint(0, "", "At least " + MIN_LENGTH + " characters. Any characters; a few unrelated words work well.");
        }
        Optional<String> refused = problem(password, personalWords.isEmpty() ? null : personalWords.getFirst());
        if (refused.isPresent()) {
            return new Hint(0, "Not accepted", refused.get());
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
        String label = switch (score) {
            case 0 -> "Very weak";
            case 1 -> "Weak";
            case 2 -> "Fair";
            case 3 -> "Good";
            default -> "Strong";
        };
        String advice;
        if (score >= 3) {
            advice = "Hard to guess.";
        } else {
            String warning = r.getFeedback().getWarning();
            List<String> suggestions = r.getFeedback().getSuggestion();
            advice = ((warning == null ? "" : warning + " ") + String.join(" ", suggestions)).strip();
            if (advice.isEmpty()) {
                advice = "Add another word or two that do not belong together.";
            }
        }
        return new Hint(score, label, advice);
    }
}
