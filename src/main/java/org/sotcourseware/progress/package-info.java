/**
 * Progress through the modular curriculum: the one place that computes every figure (per lesson, module,
 * curriculum and student) from recorded facts (lessons read, quiz attempts, case runs, overrides, earned
 * completions) with the pure {@link org.sotcourseware.progress.ProgressRules}. Every screen, the student's
 * and the staff's, reads from {@link org.sotcourseware.progress.ProgressService}. Owns prerequisites and
 * locks (the {@link org.sotcourseware.base.ModuleGate}), read state, overrides, and the student dashboard.
 */
@NullMarked
package org.sotcourseware.progress;

import org.jspecify.annotations.NullMarked;
