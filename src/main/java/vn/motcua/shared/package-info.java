/**
 * Small building blocks every module may use: time conversion at the JDBC boundary, Vietnamese text
 * folding for search, a node's short-lived copy of rarely changed data. Nothing here knows about
 * any other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.motcua.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
