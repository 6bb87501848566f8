package vn.motcua.notification.internal;

/** How a message reaches its recipient. */
enum Channel {
  EMAIL,
  SMS
}
