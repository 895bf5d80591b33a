/**
 * The {@code therapykit} command-line program: checks a directory of practitioners and says, for
 * each, whether they are a certified sex therapist, a sex therapist, a sex counsellor, a sexuality
 * educator or none of these, and why.
 *
 * <p>{@link org.therapykit.examples.cli.TherapyKitCli} is the entry point ({@code java -jar
 * therapykit.jar check}); {@code CheckCommand} reads practitioners with {@code TherapyJson.readAll}
 * (or, for FHIR R4 input, with {@code FhirR4}), assesses each with the standard policy and writes a
 * table or the assessments' JSON. Without a file it checks a bundled sample directory of fictional
 * practitioners.
 *
 * <h2>Package specification</h2>
 *
 * <p>Only this package reads the clock (for the default {@code --as-of} date), and only through the
 * {@link java.time.Clock} it is given. Nulls are rejected unless documented.
 */
@NullMarked
package org.therapykit.examples.cli;

import org.jspecify.annotations.NullMarked;
