package io.selfhealing.monitor.service.probe;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectChecker;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.ObjectWalk;
import org.eclipse.jgit.revwalk.RevObject;

/**
 * An fsck-like walk: every commit, tree and blob reachable from the refs is read in full, its
 * content hashed again and compared with its id, and commits/trees checked for valid structure.
 * Stops after {@link #MAX_BROKEN} problems.
 */
final class GitObjectCheck {

    static final int MAX_BROKEN = 10;

    private GitObjectCheck() {
    }

    record Report(int checked, List<String> broken) {
    }

    static Report run(Repository repo) throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        ObjectChecker checker = new ObjectChecker();
        try (ObjectReader reader = repo.newObjectReader(); ObjectWalk walk = new ObjectWalk(reader)) {
            for (Ref ref : repo.getRefDatabase().getRefs()) {
                ObjectId id = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
                if (id != null && !markStart(walk, id, broken)) {
                    broken.add(ref.getName() + " -> " + id.name() + " missing");
                }
            }
            RevObject next = null;
            while (broken.size() < MAX_BROKEN && (next = nextObject(walk, broken)) != null) {
                checked++;
                verify(reader, checker, next, broken);
            }
        }
        return new Report(checked, broken);
    }

    private static boolean markStart(ObjectWalk walk, ObjectId id, List<String> broken) {
        try {
            walk.markStart(walk.parseAny(id));
            return true;
        } catch (MissingObjectException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            broken.add(id.name() + ": " + e.getMessage());
            return true;
        }
    }

    private static RevObject nextObject(ObjectWalk walk, List<String> broken) {
        try {
            RevObject commit = walk.next();
            return commit != null ? commit : walk.nextObject();
        } catch (IOException | RuntimeException e) {
            broken.add("walk: " + e.getMessage());
            return null;
        }
    }

    private static void verify(ObjectReader reader, ObjectChecker checker, RevObject object, List<String> broken) {
        try {
            ObjectLoader loader = reader.open(object, object.getType());
            byte[] content = loader.isLarge() ? null : loader.getCachedBytes();
            if (content == null) {
                try (InputStream in = loader.openStream()) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                return;
            }
            ObjectId actual = new org.eclipse.jgit.lib.ObjectInserter.Formatter().idFor(object.getType(), content);
            if (!actual.equals(object)) {
                broken.add(object.name() + ": content hashes to " + actual.name());
            } else if (object.getType() != Constants.OBJ_BLOB) {
                checker.check(object, object.getType(), content);
            }
        } catch (IOException | RuntimeException e) {
            broken.add(object.name() + ": " + e.getMessage());
        }
    }
}
