/* K2 frontend (saved copy) */
(function(){var d=document;d.addEventListener("DOMContentLoaded",function(){var l=d.querySelectorAll("[data-k2-modal='image']");for(var i=0;i<l.length;i++){l[i].addEventListener("click",function(e){e.preventDefault();window.open(this.href,"_blank")})}})})();
