/** MotCua's root package: one sub-package per application module (see DESIGN.md). */
@NullMarked
package vn.motcua;

import org.jspecify.annotations.NullMarked;
