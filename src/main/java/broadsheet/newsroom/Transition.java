package broadsheet.newsroom;

import broadsheet.content.Status;
import java.time.Instant;

/**
 * One step of an article through the workflow: who moved it, when, from where to where, and why
 * when no one chose it (else empty).
 */
public record Transition(Status from, Status to, String by, Instant at, String note) {}
