@NullMarked
package vn.motcua.portal.domain;

import org.jspecify.annotations.NullMarked;
