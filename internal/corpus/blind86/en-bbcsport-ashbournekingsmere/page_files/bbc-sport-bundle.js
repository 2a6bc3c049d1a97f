(function(){document.documentElement.className='js';})();
