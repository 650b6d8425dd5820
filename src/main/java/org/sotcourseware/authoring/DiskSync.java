package org.sotcourseware.authoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The start-up rule between the {@code content/} folder and the database, as a pure function
 * (docs/authoring.md, "Publishing and the content folder"):
 * <ul>
 *   <li>a file the database has never seen is <b>seeded</b>: stored and published as it is;</li>
 *   <li>a file nobody has changed in the app (its published revision came from the folder and it has no
 *       draft) <b>follows the folder</b>: a changed file is published, a removed one unpublished;</li>
 *   <li>a file an instructor has edited or published in the app is the database's: a change in the folder
 *       becomes an <b>incoming change</b> (or incoming removal) that an instructor may accept or dismiss;</li>
 *   <li>a folder file that now equals what is published just records that, and clears a pending incoming change.</li>
 * </ul>
 */
final class DiskSync {

    private DiskSync() {
    }

    /** What the database knows of a file. Shas are null for a deleted or never-published revision. */
    record Known(@Nullable String diskSha, @Nullable String publishedSha, boolean diskManaged, @Nullable String incomingSha) {
    }

    enum Action {
        /** New in the folder: store and publish. */
        SEED,
        /** Changed in the folder, untouched in the app: store and publish. */
        APPLY,
        /** Changed in the folder, edited in the app: store as an incoming change. */
        INCOMING,
        /** The folder now matches what is published: remember its sha, drop any incoming change. */
        MATCHES,
        /** Removed from the folder, untouched in the app: unpublish. */
        REMOVE,
        /** Removed from the folder, edited in the app: an incoming removal. */
        INCOMING_REMOVAL,
        /** Removed from the folder, and not published anyway: forget its folder sha. */
        FORGET
    }

    record Step(String path, Action action) {
    }

    /** The steps that bring the database in line with the folder, in path order. */
    static List<Step> plan(Map<String, Known> db, Map<String, String> disk) {
        List<Step> steps = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(db.keySet());
        paths.addAll(disk.keySet());
        for (String path : paths) {
            Known k = db.get(path);
            String sha = disk.get(path);
            if (k == null) {
                steps.add(new Step(path, Action.SEED));
            } else if (sha != null) {
                if (sha.equals(k.diskSha()) && !(k.incomingSha() != null && sha.equals(k.publishedSha()))) {
                    continue; // unchanged in the folder since it was last compared
                }
                if (sha.equals(k.publishedSha())) {
                    steps.add(new Step(path, Action.MATCHES));
                } else if (k.diskManaged()) {
                    steps.add(new Step(path, Action.APPLY));
                } else if (!sha.equals(k.incomingSha())) {
                    steps.add(new Step(path, Action.INCOMING));
                }
            } else if (k.diskSha() != null) {
                if (k.publishedSha() == null) {
                    steps.add(new Step(path, Action.FORGET));
                } else if (k.diskManaged()) {
                    steps.add(new Step(path, Action.REMOVE));
                } else {
                    steps.add(new Step(path, Action.INCOMING_REMOVAL));
                }
            }
        }
        return steps;
    }

    /** How many files each action touched, in words. */
    record Report(Map<Action, List<String>> byAction) {

        static Report of(List<Step> steps) {
            Map<Action, List<String>> m = new EnumMap<>(Action.class);
            steps.forEach(s -> m.computeIfAbsent(s.action(), a -> new ArrayList<>()).add(s.path()));
            return new Report(m);
        }

        List<String> paths(Action a) {
            return byAction.getOrDefault(a, List.of());
        }

        boolean changed() {
            return !paths(Action.SEED).isEmpty() || !paths(Action.APPLY).isEmpty() || !paths(Action.INCOMING).isEmpty()
                    || !paths(Action.REMOVE).isEmpty() || !paths(Action.INCOMING_REMOVAL).isEmpty();
        }

        String summary() {
            return paths(Action.SEED).size() + " new, " + paths(Action.APPLY).size() + " updated, " + paths(Action.REMOVE).size()
                    + " removed, " + (paths(Action.INCOMING).size() + paths(Action.INCOMING_REMOVAL).size())
                    + " incoming changes for instructors to review";
        }
    }
}
