window.openAds=window.openAds||[];
