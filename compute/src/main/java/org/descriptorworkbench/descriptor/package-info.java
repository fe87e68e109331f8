/**
 * Descriptors of atomic environments and the machinery they share.
 *
 * <p><b>Specs.</b> A {@link org.descriptorworkbench.descriptor.DescriptorSpec} is the one text form
 * of a descriptor, e.g. {@code soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, basis=gto, compression=off)}.
 * {@link org.descriptorworkbench.descriptor.SpecParser} reads the generic syntax (numbers,
 * identifiers, double-quoted strings such as file paths ({@code "fit.extxyz"}, with {@code \\} and
 * {@code \"} escapes), lists {@code [..]}, calls {@code name(value, key=value)} nested to any depth);
 * each family's {@link org.descriptorworkbench.descriptor.Signature} — its
 * {@link org.descriptorworkbench.descriptor.Parameter} declarations (name, accepted values,
 * default, unit, one sentence of documentation) — binds and checks the values. Those declarations
 * are the single source for parsing, printing, {@code dwb features --list}, GUI forms and session
 * files. Printing rule: core parameters always, options only when not at their default, numbers as
 * integers when integral, nested forms with every argument named; so {@code parse(text).text()} is
 * canonical and round-trips.
 *
 * <p><b>Families.</b> A {@link org.descriptorworkbench.descriptor.DescriptorFamily} declares its
 * parameters and makes a {@link org.descriptorworkbench.descriptor.Descriptor} from a spec and the
 * dataset's species; adding one is a package with a family class plus one line in
 * {@link org.descriptorworkbench.descriptor.DescriptorCatalog}. A descriptor only describes its
 * features and fills a caller-provided row for one {@link org.descriptorworkbench.descriptor.Environment}
 * (optionally with its Jacobian) using a per-thread workspace; the
 * {@link org.descriptorworkbench.descriptor.DescriptorEngine} owns neighbour lists, threads,
 * allocation, progress and cancellation and returns a
 * {@link org.descriptorworkbench.descriptor.FeatureMatrix}. Contract tests run every catalog
 * entry through a spec round trip, invariances and, where declared, finite-difference Jacobians.
 */
package org.descriptorworkbench.descriptor;
