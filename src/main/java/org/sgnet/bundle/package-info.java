/**
 * The case bundle: the import format of {@code shared/spec/case-bundle.md} (version 1).
 *
 * <p>{@link org.sgnet.bundle.BundleReader} reads a folder or a {@code .zip} into a validated,
 * immutable {@link org.sgnet.bundle.Bundle}, or throws {@link
 * org.sgnet.bundle.BundleInvalidException} with every error of the bundle, each located by file,
 * line and column. Nothing here touches the store.
 */
package org.sgnet.bundle;
