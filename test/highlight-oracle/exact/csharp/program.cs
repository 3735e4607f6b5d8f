using System;
using System.Linq;
using static System.Math;
using Alias = Some.Namespace.Type;

namespace MyApp.Services
{
    /// <summary>A service.</summary>
    [Route("api/[controller]")]
    public sealed class UserService<T> : BaseService, IDisposable where T : class, new()
    {
        private readonly ILogger _logger;
        public string Name { get; private set; } = "none";

        public UserService(ILogger logger) : base()
        {
            _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        }

        public async Task<int> CountAsync(int min = 0, params string[] names)
        {
            var query = from u in users where u.Age > min orderby u.Name descending select u;
            using (var ctx = new DbContext())
            {
                await ctx.SaveChangesAsync();
            }
            foreach (var x in items) Console.WriteLine($"{x.Name,10:N2} = {(x.Ok ? "yes" : "no")} {{braces}}");
            return query.Count(u => u.Active && u.Score >= 1.5e+3);
        }
    }

    struct Point { public int X, Y; }
    interface IShape { double Area(); }
    enum Color { Red, Green = 2 }
}
