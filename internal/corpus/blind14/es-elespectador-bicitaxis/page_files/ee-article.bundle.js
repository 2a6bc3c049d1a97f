/* el espectador article bundle (partial) */
(function(){var a=document.querySelectorAll('img.lazy');})();
