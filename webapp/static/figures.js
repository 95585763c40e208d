// /figures: choosing a series shows it at once (without JavaScript the 显示 button does the same).
document.addEventListener("DOMContentLoaded", () => {
  const select = document.getElementById("series");
  if (select && select.form) {
    select.addEventListener("change", () => select.form.submit());
  }
});
