// The desk, better with JavaScript: drop files onto the file field's zone to upload them, and a
// file over the size limit is refused at once, before it is sent. Without this script the plain
// form does the same work (the server answers an oversize upload with 413).
(function () {
  "use strict";
  var form = document.querySelector("form.upload");
  if (!form) return;
  var input = form.querySelector("input[type=file]");
  var zone = form.querySelector(".dropzone");
  var status = form.querySelector(".upload-status");
  var limit = parseInt(form.getAttribute("data-limit"), 10) || 0;

  function megabytes(n) { return (n / 1048576).toFixed(n < 1048576 ? 2 : 1); }

  function check() {
    var files = Array.prototype.slice.call(input.files || []);
    var total = files.reduce(function (sum, f) { return sum + f.size; }, 0);
    status.classList.remove("bad");
    if (!files.length) { status.textContent = ""; return false; }
    if (limit && total > limit) {
      status.classList.add("bad");
      status.textContent = "文件太大：" + megabytes(total) + " MB，一次最多 " + megabytes(limit) + " MB。没有上传。";
      return false;
    }
    status.textContent = "已选择：" + files.map(function (f) { return f.name; }).join("、");
    return true;
  }

  input.addEventListener("change", check);
  form.addEventListener("submit", function (event) {
    if (!check()) { event.preventDefault(); return; }
    status.textContent = "正在上传并读取，请稍候……";
    form.querySelector("button[type=submit]").disabled = true;
  });
  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add("over");
    });
  });
  ["dragleave", "drop"].forEach(function (type) {
    zone.addEventListener(type, function () { zone.classList.remove("over"); });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    var dropped = event.dataTransfer && event.dataTransfer.files;
    if (!dropped || !dropped.length) return;
    if (!input.multiple && dropped.length > 1) {
      status.classList.add("bad");
      status.textContent = "这里一次只能替换一个文件。";
      return;
    }
    input.files = dropped;
    if (check()) form.requestSubmit();
  });
})();
