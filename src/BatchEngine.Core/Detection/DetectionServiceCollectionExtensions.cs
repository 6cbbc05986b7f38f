using BatchEngine.Detection.Kinds;
using BatchEngine.Detection.Phrases;
using BatchEngine.Detection.Pii;
using BatchEngine.Detection.Pii.Banking;
using BatchEngine.Detection.Pii.Crypto;
using BatchEngine.Detection.Pii.Names;
using BatchEngine.Detection.Pii.NationalIds;
using BatchEngine.Detection.Pii.Network;
using BatchEngine.Detection.Safety;
using BatchEngine.Detection.Review;
using BatchEngine.Detection.Secrets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection;

internal static class DetectionServiceCollectionExtensions
{
    /// <summary>The built-in detectors (PII, secrets, confidentiality markers, unsafe content).</summary>
    internal static IServiceCollection AddDefaultDetectors(this IServiceCollection services)
    {
        services.AddOptions<DetectionOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DetectionOptions>, DetectionOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, SsnDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, PaymentCardDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, EmailDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, PhoneDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, IbanDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, DateOfBirthDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, PostalAddressDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, ItinDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, BankRoutingDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, BankAccountDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, PassportDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, DriversLicenseDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, UkNinoDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, CaSinDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, IpAddressDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, CryptoWalletDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, PersonNameDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, SecretDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, MarkerDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, DocumentKindDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, UnsafeContentDetector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, ReviewCommentDetector>());
        return services;
    }
}
