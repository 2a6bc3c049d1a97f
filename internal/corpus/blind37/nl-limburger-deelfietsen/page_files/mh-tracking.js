window.mhDataLayer=window.mhDataLayer||[];mhDataLayer.push({brand:'dl',section:'maastricht'});
