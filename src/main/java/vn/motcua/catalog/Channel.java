package vn.motcua.catalog;

/** How a dossier reaches the agency, with the national portal's channel codes. */
public enum Channel {
  IN_PERSON(1),
  ONLINE(2),
  POST(3);

  private final int code;

  Channel(int code) {
    this.code = code;
  }

  /** The code synchronised with the national portal: 1 in person, 2 online, 3 post. */
  public int code() {
    return code;
  }
}
