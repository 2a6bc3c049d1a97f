/* il app */
(function(){window.ilApp={ready:true}})();
