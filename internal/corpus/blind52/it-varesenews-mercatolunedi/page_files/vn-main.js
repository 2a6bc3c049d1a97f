window.vnGallery=function(){};
