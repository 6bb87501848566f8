@NullMarked
package vn.motcua.portal.internal;

import org.jspecify.annotations.NullMarked;
