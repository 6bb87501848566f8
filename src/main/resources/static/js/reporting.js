// Reports: print buttons (inline handlers are not allowed by the page's Content-Security-Policy).
document.querySelectorAll("[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
