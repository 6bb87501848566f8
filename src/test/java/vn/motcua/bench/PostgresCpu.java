package vn.motcua.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by the local PostgreSQL server for one database, read from Linux's {@code /proc}:
 * the backends serving the database (their process title names it) and the server's own background
 * processes (WAL writer, checkpointer...), which work for every database. Backends that end are no
 * longer counted, so measure while the connections are open. No JDK or JDBC interface tells another
 * process's CPU time; {@code /proc} is where {@code top} reads it too.
 */
final class PostgresCpu {

  /** Linux's clock ticks per second for {@code /proc/[pid]/stat} times (USER_HZ). */
  private static final double TICKS_PER_SECOND = 100;

  private PostgresCpu() {}

  /** Seconds of CPU used so far; 0 where there is no {@code /proc}. */
  static double seconds(String database) {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes
          .filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
          .mapToDouble(path -> serving(path, database))
          .sum();
    } catch (IOException e) {
      return 0;
    }
  }

  private static double serving(Path process, String database) {
    try {
      String title =
          new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
      boolean background = !title.contains("(") && !title.contains("[local]");
      if (!title.startsWith("postgres: ")
          || !(background || title.contains(" " + database + " "))) {
        return 0;
      }
      String stat = Files.readString(process.resolve("stat"));
      // Fields after the command name in parentheses: utime and stime are the 12th and 13th.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0; // the process ended meanwhile
    }
  }
}
