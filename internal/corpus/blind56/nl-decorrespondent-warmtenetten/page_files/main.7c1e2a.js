(function(){document.body.classList.add('js')})();
