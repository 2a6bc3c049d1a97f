(function(){var c=document.getElementById("fn-cookie");if(c&&document.cookie.indexOf("fn_consent=")>-1){c.hidden=true;}})();
