package vn.motcua.catalog;

import java.io.Serial;
import java.util.List;

/** A process that cannot be saved, with every reason. */
public class ProcessRefused extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final transient List<ProcessIssue> issues;

  public ProcessRefused(List<ProcessIssue> issues) {
    super("The process is refused: " + issues);
    this.issues = List.copyOf(issues);
  }

  public List<ProcessIssue> issues() {
    return issues;
  }
}
