@NullMarked
package vn.motcua.portal.web;

import org.jspecify.annotations.NullMarked;
