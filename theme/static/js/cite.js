// Fill the citation's access date with the reader's today (dd/mm/yyyy):
// the page is static, so only the reader's browser knows when it is read.
(function () {
  "use strict";
  var now = new Date();
  var pad = function (n) { return (n < 10 ? "0" : "") + n; };
  var today = pad(now.getDate()) + "/" + pad(now.getMonth() + 1) + "/" + now.getFullYear();
  var spots = document.querySelectorAll("[data-access-date]");
  for (var i = 0; i < spots.length; i++) {
    spots[i].textContent = today;
  }
})();
