// Buttons marked data-print open the browser's print dialog (the Content-Security-Policy forbids onclick=).
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
  });
});
