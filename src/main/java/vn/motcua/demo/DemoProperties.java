package vn.motcua.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo settings ({@code motcua.demo.*}).
 *
 * @param allowExternalDatabase load demo data into a database that is not the embedded H2 one; only
 *     the PostgreSQL test suite and the benchmarks set it
 */
@ConfigurationProperties("motcua.demo")
record DemoProperties(@DefaultValue("false") boolean allowExternalDatabase) {}
